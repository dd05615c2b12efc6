package extract

import "testing"

// TestExtractor_Extract_NewsShapes covers shapes of wire and newspaper
// copy that a second batch of real news showed: a lead with no time, an
// earlier event the story's present is measured from ("came two weeks
// after"), a second predicate after "but", a signing chained to talks,
// "then-President", an acronym in parentheses inside a title, acts that
// were prevented or only hoped for, the places an island lies off or is
// claimed by, talks named only as a topic, an offer with its own author,
// drills named by two states' adjectives, a "visiting" leader, protests
// made as "representations", warships that meet, an "as" clause out of
// the main clause's negation, "North and South Korea", and "X's adviser,
// Y". Each want is "subject-id REL object-id date modality" (or its
// prefix) among the scored events.
func TestExtractor_Extract_NewsShapes(t *testing.T) {
	x := MustExtractor(t)
	tests := []phenomenon{
		// the lead of a story tells the news of its day
		{"a lead with no time is the news of the day", "2022-09-13", "Azerbaijan shelled an Armenian border village, killing two soldiers.\n\nFrance condemned the attack.",
			[]string{"azerbaijan ATTACK armenia 2022-09-13 asserted"}, nil},
		{"a lead's background in the past perfect stays undated", "2022-09-13", "Boris Johnson had met Emmanuel Macron in Paris.\n\nThe two spoke again by phone.",
			[]string{"boris-johnson MEET emmanuel-macron  asserted"}, nil},
		// the story's present as the anchor of an offset
		{"came only two weeks after", "2017-05-14", "The visit came only two weeks after Narendra Modi met Shinzo Abe in Tokyo.",
			[]string{"narendra-modi MEET shinzo-abe 2017-04-30 asserted"}, nil},
		// a second predicate after "but" shares the subject
		{"confirmed their differences but agreed", "2017-05-14", "Narendra Modi met Shinzo Abe on Friday.\n\nThe leaders confirmed their differences but agreed on the need to resolve the dispute through dialogue.",
			[]string{"narendra-modi COOPERATE shinzo-abe 2017-05-12 asserted"}, nil},
		// a signing chained to talks is with the one met
		{"held talks with X and signed", "2017-05-14", "Emmanuel Macron held talks with Narendra Modi on Friday and signed a defence pact.",
			[]string{"emmanuel-macron SIGN_AGREEMENT narendra-modi 2017-05-12 asserted"}, nil},
		{"a signing with its own partner keeps it", "2017-05-14", "Emmanuel Macron met Narendra Modi on Friday and signed a pact with Shinzo Abe.",
			[]string{"emmanuel-macron SIGN_AGREEMENT shinzo-abe"}, []string{"emmanuel-macron SIGN_AGREEMENT narendra-modi"}},
		// names inside titles
		{"then-President", "2017-05-14", "Narendra Modi met then-President Barack Obama in 2015.",
			[]string{"narendra-modi MEET barack-obama 2015 asserted"}, nil},
		{"an acronym in parentheses inside a title", "2018-10-14", "Emmanuel Macron greeted Republic of Korea (ROK) President Moon Jae-in in Paris on Friday.",
			[]string{"emmanuel-macron HOST moon-jae-in 2018-10-12 asserted"}, []string{"emmanuel-macron HOST south-korea"}},
		// acts prevented or only hoped for
		{"kept X and Y from signing", "2017-05-14", "The dispute kept India and Pakistan from signing a trade pact.",
			nil, []string{"india SIGN_AGREEMENT pakistan"}},
		{"had hoped to mend relations", "2017-05-14", "India and Pakistan had hoped to mend relations.",
			nil, []string{"india COOPERATE pakistan"}},
		// crossing a border on foot
		{"walked into a country", "2017-05-14", "Narendra Modi walked into Pakistan at the Wagah crossing on Friday.",
			[]string{"narendra-modi VISIT pakistan 2017-05-12 asserted"}, nil},
		// where an island lies is no destination
		{"an island off a place", "2017-05-14", "Dmitry Medvedev visited the disputed island of Kunashiri off Hokkaido on Friday.",
			nil, []string{"dmitry-medvedev VISIT japan"}},
		// talks as a topic
		{"talked about the negotiations with a third", "2017-05-14", "Emmanuel Macron held talks with Narendra Modi about the stalled negotiations with Pakistan.",
			[]string{"emmanuel-macron MEET narendra-modi"}, []string{"emmanuel-macron MEET pakistan"}},
		// an offer named with its author
		{"turned down the offer of a named team", "2017-05-14", "Greece offered to send doctors.\n\nTurkey accepted supplies from Greece but turned down the offer of an Italian army medical unit on Friday.",
			[]string{"turkey REJECT italy 2017-05-12 asserted"}, []string{"turkey REJECT greece"}},
		// drills named by their parties' adjectives
		{"two demonyms before a drill noun", "2017-05-15", "Russia criticized U.S. and Japanese military drills on Sunday.",
			[]string{"russia CRITICIZE united-states", "united-states MILITARY_COOPERATION japan 2017-05-14 asserted"}, nil},
		{"two demonyms opening the sentence", "2017-05-15", "Annual Japanese and U.S. military exercises began on Monday.",
			[]string{"japan MILITARY_COOPERATION united-states 2017-05-15 asserted"}, nil},
		{"drills under a proposed suspension are none", "2017-05-15", "Russia proposed a dual suspension of Iranian missile testing and U.S. and Israeli military exercises.",
			nil, []string{"united-states MILITARY_COOPERATION israel"}},
		{"firms before their arms sales are no drill", "2017-05-15", "China imposed sanctions on Lockheed Martin and Raytheon over their arms sales to Taiwan.",
			nil, []string{"lockheed-martin MILITARY_COOPERATION"}},
		// a visiting leader in a coordinated subject
		{"X and visiting Prime Minister Y", "2017-05-14", "Emmanuel Macron and visiting Indian Prime Minister Narendra Modi held talks in Paris on Friday.",
			[]string{"emmanuel-macron MEET narendra-modi 2017-05-12 asserted"}, nil},
		// representations made are a protest
		{"made strong representations to", "2017-05-14", "India made strong representations to Nepal on Monday over the new map.",
			[]string{"india CRITICIZE nepal 2017-05-08 asserted"}, nil},
		// warships meeting are no meeting of states
		{"warships met", "2017-05-14", "Indian and French warships met in the Arabian Sea on Tuesday for joint drills.",
			nil, []string{"india MEET france"}},
		// an "as" clause is out of the main clause's negation
		{"will not stand by as X attacks Y", "2019-10-10", "Germany will not stand by as Turkey attacks Syria.",
			[]string{"turkey ATTACK syria"}, nil},
		{"drills planned by two states", "2025-03-07", "China criticised on Friday the joint naval drills planned by Japan and the Philippines, saying they threaten peace.",
			[]string{"china CRITICIZE japan 2025-03-07 asserted", "china CRITICIZE philippines 2025-03-07 asserted", "japan MILITARY_COOPERATION philippines"}, nil},
		{"exercises called by a name are due to begin", "2025-03-07", "Annual Japanese and U.S. military exercises called Keen Sword are due to begin on Monday.",
			[]string{"japan MILITARY_COOPERATION united-states 2025-03-10 planned"}, nil},
		{"criticised X and Y for pressing ahead with drills", "2017-08-18", "China sharply criticised Japan and the Philippines for pressing ahead with joint naval exercises next week.",
			[]string{"japan MILITARY_COOPERATION philippines 2017-08 planned"}, nil},
		// a counterpart named in a coordinated subject
		{"X and Russian counterpart Y met", "2023-09-14", "Narendra Modi and Russian counterpart Vladimir Putin met in Kazan on Wednesday.",
			[]string{"narendra-modi MEET vladimir-putin 2023-09-13 asserted"}, nil},
		// a meeting in an opening phrase of time
		{"After a meeting with X, Y said", "2022-08-05", "After a meeting with Narendra Modi in Tokyo, Fumio Kishida called for restraint.",
			[]string{"fumio-kishida MEET narendra-modi"}, nil},
		// the cause of the news in a lead is not dated by the story's day
		{"a lead's cause is not the news", "2022-08-05", "Russia imposed sanctions on Boris Johnson because of his visit to Kyiv.\n\nBritain protested.",
			[]string{"boris-johnson VISIT ukraine  asserted"}, []string{"VISIT ukraine 2022-08-05"}},
		// a meeting place's country is no party
		{"met in a region, country", "2023-09-13", "The leaders of India and Russia met for talks at an air base in Tver Oblast, Russia on Wednesday.",
			nil, []string{"MEET russia"}},
		// thanks for an invitation
		{"thanked X for the invitation", "2023-09-13", "Narendra Modi thanked Vladimir Putin for the invitation.",
			[]string{"vladimir-putin INVITE narendra-modi"}, nil},
		{"thanked his counterpart for the invitation", "2023-09-13", "Xi Jinping flew to Moscow on Tuesday. The visiting Chinese leader thanked his Russian counterpart for the invitation.",
			[]string{"vladimir-putin INVITE xi-jinping"}, nil},
		// an outrage at an act a possessive pronoun owns
		{"described her visit as a provocation", "2022-08-05", "Tsai Ing-wen visited Honduras on Tuesday.\n\nChina described her visit as an \"egregious provocation\" on Wednesday.",
			[]string{"china CRITICIZE tsai-ing-wen 2022-08-03 asserted"}, nil},
		// elliptical coordination of two names
		{"the leaders of North and South Korea", "2018-09-20", "The leaders of North and South Korea on Wednesday agreed to resume family reunions.",
			[]string{"kim-jong-un COOPERATE moon-jae-in 2018-09-19 asserted"}, nil},
		{"North and South Korea as subjects", "2019-08-15", "North and South Korea condemned Japan on Wednesday.",
			[]string{"north-korea CRITICIZE japan 2019-08-14 asserted", "south-korea CRITICIZE japan 2019-08-14 asserted"}, nil},
		// a possessor's aide named after a comma
		{"met X's adviser, Y", "2017-05-14", "Wang Yi will meet Indian Prime Minister Narendra Modi's top national security adviser, Ajit Doval, on Friday.",
			[]string{"wang-yi MEET ajit-doval 2017-05-19 planned"}, []string{"wang-yi MEET narendra-modi"}},
	}
	runPhenomena(t, x, tests, caseCheck{events: scoredSummary, found: func(got []string, w string) bool {
		return contains(got, w) || hasPrefix(got, w+" ")
	}})
}
