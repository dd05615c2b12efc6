package extract

import "testing"

// TestExtractor_Extract_Pairs covers the shapes that name both parties of
// a symmetric event at once: each want is "subject-id REL object-id date
// modality" among the scored events; not lists substrings no scored event
// may contain.
func TestExtractor_Extract_Pairs(t *testing.T) {
	x := MustExtractor(t)
	tests := []phenomenon{
		// "their" before an event noun, owned by the clause's coordinated subject
		{"their talks, held by a coordinated subject", "2021-09-17", "Australia and India held their first two-plus-two talks on Saturday.",
			[]string{"australia MEET india 2021-09-11 asserted"}, nil},
		{"their dialogue, resumed by two states", "2021-09-17", "Egypt and Qatar resumed their strategic dialogue on Monday.",
			[]string{"egypt COOPERATE qatar 2021-09-13 asserted"}, nil},
		{"their meeting, counted by two leaders", "2021-09-17", "Emmanuel Macron and Olaf Scholz held their third meeting in Paris on Tuesday.",
			[]string{"emmanuel-macron MEET olaf-scholz 2021-09-14 asserted"}, nil},
		{"their talks, setting a coordinated subject's clause after its comma", "2021-09-17", "Emmanuel Macron and Olaf Scholz discussed energy prices on Friday, in their first meeting since the election.",
			[]string{"emmanuel-macron MEET olaf-scholz 2021-09-17 asserted"}, nil},
		{"their summit, the setting of a coordinated subject's clause without a comma", "2021-09-17", "Emmanuel Macron and Olaf Scholz agreed on Friday to pool gas purchases at their first summit since the election.",
			[]string{"emmanuel-macron MEET olaf-scholz 2021-09-17 asserted"}, nil},
		{"their talks, an apposition naming the clause's occasion", "2021-09-17", "Emmanuel Macron and Olaf Scholz agreed on Friday to pool gas purchases, their first face-to-face talks since the election.",
			[]string{"emmanuel-macron MEET olaf-scholz 2021-09-17 asserted"}, nil},
		{"their summit, the setting of a verb with a subject and an object", "2018-09-20", "Moon Jae-in invited Kim Jong Un to Seoul during their summit in Pyongyang on Wednesday.",
			[]string{"moon-jae-in INVITE kim-jong-un 2018-09-19 asserted", "moon-jae-in MEET kim-jong-un 2018-09-19 asserted"}, []string{"MEET kim-jong-un 2018-09-26"}},
		{"their meeting, after a verb's object", "2018-09-20", "Emmanuel Macron told Olaf Scholz at their meeting on Wednesday that the plan would hold.",
			[]string{"emmanuel-macron MEET olaf-scholz 2018-09-19 asserted"}, nil},
		{"their waters, no event noun: no meeting", "2021-09-17", "Greece and Turkey clashed on Friday over drilling rights in their territorial waters.",
			nil, []string{"MEET"}},
		{"their drills, criticised by a third state: the critic is no party", "2021-09-17", "Iran condemned Israel and Greece for their joint naval drills on Tuesday.",
			[]string{"iran CRITICIZE israel 2021-09-14 asserted"}, []string{"iran MILITARY_COOPERATION", "iran MEET"}},
		{"their sales, after a preposition: not the subject's", "2021-09-17", "Beijing sanctioned two American defence firms over their sales of drones to Taipei on Tuesday.",
			nil, []string{"MILITARY_COOPERATION united-states"}},
	}
	runPhenomena(t, x, tests, caseCheck{})
}
