package extract

import "testing"

// TestExtractor_Extract_QuotedSpeaker covers "I" and "we" inside a
// quotation: the speaker the sentence names acts; a quotation without a
// named speaker, or with a third party acting, stays rhetoric.
func TestExtractor_Extract_QuotedSpeaker(t *testing.T) {
	x := MustExtractor(t)
	tests := []phenomenon{
		{"we, then the speaker after the quotation", "2014-09-10", "\"We stand with Georgia,\" Polish President Andrzej Duda said on Monday.",
			[]string{"andrzej-duda SUPPORT georgia 2014-09-08 asserted"}, nil},
		{"we, said and the speaker after it", "2014-09-10", "\"We condemn Russia, which shelled Mariupol,\" said Andrzej Duda on Monday.",
			[]string{"andrzej-duda CRITICIZE russia 2014-09-08 asserted"}, nil},
		{"I, speaker before the quotation", "2014-09-10", "Andrzej Duda told reporters on Monday: \"I have invited Emmanuel Macron to Warsaw.\"",
			[]string{"andrzej-duda INVITE emmanuel-macron"}, nil},
		{"a title and name after the quotation", "2014-09-10", "\"We firmly support Moldova,\" French President Emmanuel Macron told the assembly on Monday.",
			[]string{"emmanuel-macron SUPPORT moldova 2014-09-08 asserted"}, nil},
		{"no named speaker: nothing", "2014-09-10", "\"We stand with Georgia,\" the crowd chanted on Monday.",
			nil, []string{"SUPPORT"}},
		{"a third party inside the quotation stays rhetoric", "2014-09-10", "\"Russia attacked Georgia,\" Andrzej Duda said on Monday.",
			nil, []string{"ATTACK"}},
		{"the speaker of another quotation does not carry over", "2014-09-10", "\"We stand with Georgia.\" Andrzej Duda left on Monday.",
			nil, []string{"SUPPORT"}},
	}
	runPhenomena(t, x, tests, caseCheck{events: scoredSummary, found: hasPrefix, banned: hasPrefix})
}
