package extract

import "testing"

// TestExtractor_Extract_ClauseShapes covers clause shapes of wire copy
// that hid an event's actors or its time: an opening phrase ending in a
// place before the subjects, an adverb inside a passive, "the X capital",
// a state's media or body as the actor, and a pair phrase the "when"
// clause after it names. Each want is "subject-id REL object-id date
// modality" (or its prefix) among the scored events.
func TestExtractor_Extract_ClauseShapes(t *testing.T) {
	x := MustExtractor(t)
	tests := []phenomenon{
		// an opener that ends in a place
		{"an opener ending in a capital before two subjects", "2017-05-14", "Following talks in New Delhi, Indian Prime Minister Narendra Modi and French President Emmanuel Macron signed a defence pact on Saturday.",
			[]string{"narendra-modi SIGN_AGREEMENT emmanuel-macron 2017-05-13 asserted"}, nil},
		{"a list after a preposition is still no subject", "2017-05-14", "Modi sent grants to Nepal, Bhutan and Sri Lanka, and Emmanuel Macron signed a defence pact with India on Saturday.",
			nil, []string{"nepal SIGN", "bhutan SIGN"}},
		// adverbs inside the passive
		{"was personally greeted by", "2017-05-14", "Narendra Modi flew to Paris on Friday. He was personally greeted by Emmanuel Macron at the airport.",
			[]string{"emmanuel-macron HOST narendra-modi 2017-05-12 asserted"}, nil},
		{"was warmly welcomed by", "2017-05-14", "Olaf Scholz was warmly welcomed by Narendra Modi in New Delhi on Saturday.",
			[]string{"narendra-modi HOST olaf-scholz 2017-05-13 asserted"}, nil},
		// "the X capital"
		{"arrived in the demonym capital", "2017-05-14", "Narendra Modi arrived in the French capital on Friday.",
			[]string{"narendra-modi VISIT france 2017-05-12 asserted"}, nil},
		{"the demonym capital after for talks", "2017-05-14", "Olaf Scholz flew to the Indian capital on Friday for talks with Narendra Modi.",
			[]string{"olaf-scholz VISIT india 2017-05-12 asserted", "olaf-scholz MEET narendra-modi 2017-05-12 asserted"}, nil},
		// a state's media and bodies
		{"a state's official media", "2017-05-14", "China's official media lambasted Japan and the Philippines on Friday.",
			[]string{"china CRITICIZE japan 2017-05-12 asserted", "china CRITICIZE philippines 2017-05-12 asserted"}, nil},
		{"a state-run media", "2017-05-14", "Iran's state-run media denounced Israel on Friday.",
			[]string{"iran CRITICIZE israel 2017-05-12 asserted"}, nil},
		{"a body of a state", "2017-05-14", "A Chinese body criticized Japanese Prime Minister Shinzo Abe on Friday.",
			[]string{"china CRITICIZE shinzo-abe 2017-05-12 asserted"}, nil},
		{"the body of a soldier is no actor", "2017-05-14", "The body of a French soldier was flown to Paris on Friday.",
			nil, []string{"france"}},
		// a pair phrase and the "when" clause after it
		{"the two sides agreed when X met Y", "2017-05-14", "Relations had suffered from Pakistan's border clashes and China's port deals.\n\nThe two sides agreed to resume shuttle diplomacy when Narendra Modi met Shinzo Abe in Tokyo in March.",
			[]string{"narendra-modi COOPERATE shinzo-abe 2017-03 asserted", "narendra-modi MEET shinzo-abe 2017-03 asserted"}, []string{"pakistan COOPERATE", "china COOPERATE"}},
		{"the two countries, without a when clause, are the pair before", "2017-05-14", "Narendra Modi met Shinzo Abe in Tokyo in March.\n\nThe two leaders agreed to resume shuttle diplomacy.",
			[]string{"narendra-modi COOPERATE shinzo-abe"}, nil},
		// a partner named with his state
		{"signed with a state's leader", "2017-05-14", "Narendra Modi on Saturday signed a defence agreement with France's Emmanuel Macron.",
			[]string{"narendra-modi SIGN_AGREEMENT emmanuel-macron 2017-05-13 asserted", "narendra-modi MILITARY_COOPERATION emmanuel-macron 2017-05-13 asserted"}, nil},
		// "its" after a verb is that verb's subject
		{"since X launched its invasion", "2017-05-14", "Britain has sent aid since Iraq launched its invasion of Kuwait on August 2, 1990.",
			[]string{"iraq ATTACK kuwait 1990-08-02 asserted"}, []string{"united-kingdom ATTACK"}},
		// bans that are no sanctions
		{"a ban on information is no sanction", "2017-05-14", "The Kremlin imposed a blanket ban on information about the visit of the Chinese leader.",
			nil, []string{"SANCTION"}},
		{"a ban on a state's oil is one", "2017-05-14", "The EU imposed a ban on Iranian oil on Friday.",
			[]string{"european-union SANCTION iran 2017-05-12 asserted"}, nil},
		// "comes N months after" an earlier event
		{"the summit comes months after talks between others", "2017-05-14", "The summit comes two months after talks between Narendra Modi and Shinzo Abe in Tokyo.",
			[]string{"narendra-modi MEET shinzo-abe 2017-03 asserted"}, []string{"MEET shinzo-abe 2017-05"}},
		// "the two" and "they" for a pair just named
		{"the two agreed after a meeting", "2017-05-14", "Narendra Modi met Shinzo Abe on Friday.\n\nThe two agreed on the need to deepen maritime dialogue.",
			[]string{"narendra-modi COOPERATE shinzo-abe 2017-05-12 asserted"}, nil},
		{"the two as a number is no pair", "2017-05-14", "Narendra Modi met Shinzo Abe on Friday.\n\nThe two rail deals were signed by officials.",
			nil, []string{"SIGN_AGREEMENT"}},
		{"when they met, right after the two names", "2017-05-14", "Modi praised the plan set by Emmanuel Macron and Shinzo Abe when they met in Paris in March.",
			[]string{"emmanuel-macron MEET shinzo-abe 2017-03 asserted"}, nil},
		// what a veto rejects
		{"rejected a council resolution backed by a state", "2017-05-14", "Russia vetoed a UN Security Council resolution drafted by France.",
			[]string{"russia REJECT france"}, []string{"russia REJECT un-security-council"}},
		{"rejected the council itself", "2017-05-14", "Iran rejected the UN Security Council on Friday.",
			[]string{"iran REJECT un-security-council 2017-05-12 asserted"}, nil},
	}
	runPhenomena(t, x, tests, caseCheck{events: scoredSummary, found: func(got []string, w string) bool {
		return contains(got, w) || hasPrefix(got, w+" ")
	}})
}
