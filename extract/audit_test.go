package extract

import "testing"

// TestAudit covers phenomena found by auditing realistic wire stories
// against the annotation guidelines: each case is "subject-id REL
// object-id date modality".
func TestAudit(t *testing.T) {
	x := MustExtractor(t)
	tests := []phenomenon{
		{"a speech verb addressing a visiting guest is a meeting and the guest's visit", "2019-04-12",
			"Vladimir Putin told visiting Japanese Prime Minister Shinzo Abe on Thursday that a peace treaty was still possible.",
			[]string{"vladimir-putin MEET shinzo-abe 2019-04-11 asserted", "shinzo-abe VISIT russia 2019-04-11 asserted"}, nil},
		{"the visiting guest after 'the' is met too", "2015-06-03",
			"Narendra Modi assured the visiting Chinese Foreign Minister Wang Yi on Tuesday that India wanted calm on the border.",
			[]string{"narendra-modi MEET wang-yi 2015-06-02 asserted", "wang-yi VISIT india 2015-06-02 asserted"}, nil},
		{"a speech verb addressing visiting reporters is no meeting", "2015-06-03",
			"Narendra Modi told visiting reporters on Tuesday that India wanted calm on the border.",
			nil, []string{"MEET", "VISIT"}},
		{"a ban imposed on a nationality's goods is a sanction on its state", "2006-06-20",
			"Russia imposed an import ban on Georgian wine in March.",
			[]string{"russia SANCTION georgia 2006-03 asserted"}, nil},
		{"a ban on an activity names no target", "2006-06-20",
			"Egypt imposed a ban on street protests in March.",
			nil, []string{"SANCTION"}},
		{"a measure a relative clause says a state imposed, dated by that clause", "2024-02-15",
			"Seoul asked Beijing to scrap the restrictions on South Korean cosmetics that China imposed in 2017.",
			[]string{"china SANCTION south-korea 2017 asserted"}, nil},
		{"the relative clause's imposer after 'the'", "2021-03-02",
			"Canberra wants the tariffs on Australian barley which the Chinese government imposed last May removed.",
			[]string{"china SANCTION australia 2020-05 asserted"}, nil},
		{"a measure a relative clause only discusses is not imposed", "2024-02-15",
			"The ban on Belarusian trucks that the European Union discussed in May was shelved.",
			nil, []string{"SANCTION"}},
		{"two leaders who agree to seek a partnership cooperate", "2014-11-12",
			"Narendra Modi and Tony Abbott agreed on Tuesday to seek a \"comprehensive strategic partnership\" between their countries.",
			[]string{"narendra-modi COOPERATE tony-abbott 2014-11-11 asserted"}, nil},
		{"a single state that vows to seek something has no partner", "2014-11-12",
			"Iran vowed on Tuesday to seek compensation from Britain.",
			nil, []string{"COOPERATE"}},
	}
	runPhenomena(t, x, tests, caseCheck{})
}
