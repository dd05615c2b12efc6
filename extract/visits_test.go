package extract

import (
	"testing"
)

// TestExtractor_Extract_Visits covers the shapes that tell a visit, a
// hosting or an invitation: each want is "subject-id REL object-id date
// modality" (or its prefix) among the scored events; not lists substrings
// no scored event may contain.
func TestExtractor_Extract_Visits(t *testing.T) {
	x := MustExtractor(t)
	tests := []phenomenon{
		// arrivals and trips
		{"stopping in a capital on the way", "2023-05-10", "Antony Blinken met Indian Foreign Minister Subrahmanyam Jaishankar in New Delhi on Monday after stopping in Riyadh.",
			[]string{"antony-blinken VISIT saudi-arabia 2023-05-08 asserted"}, nil},
		{"landed with the day before the airport", "2023-05-10", "Rishi Sunak landed Tuesday at an air base near Amman.",
			[]string{"rishi-sunak VISIT jordan 2023-05-09 asserted"}, nil},
		{"landed at a base a state owns abroad", "2023-05-10", "Joe Biden landed on Tuesday at the U.S. Navy's Sigonella air base in Sicily.",
			nil, []string{"VISIT us-"}},
		{"landed a deal is no landing", "2023-05-10", "Airbus landed a large order from Vietnam on Tuesday.",
			nil, []string{"VISIT"}},
		{"a visit by X during an event in a capital", "2023-05-10", "The rail accord was signed in Jakarta on Tuesday during a visit by Li Qiang.",
			[]string{"li-qiang VISIT indonesia 2023-05-09 asserted"}, nil},
		{"left a capital for another: the second is visited", "2023-05-10", "Wang Yi left Canberra for Wellington on Tuesday.",
			[]string{"wang-yi VISIT new-zealand 2023-05-09 asserted"}, []string{"VISIT australia"}},
		{"a trip whose destination is set off by commas", "2023-05-10", "Rishi Sunak's first trip abroad, to Ankara, began on Tuesday.",
			[]string{"rishi-sunak VISIT turkey 2023-05-09 asserted"}, nil},
		{"a visit to X was made by Y", "2023-05-10", "An unannounced visit to Kabul was made on Tuesday by Pakistani Foreign Minister Bilawal Bhutto Zardari.",
			[]string{"bilawal-bhutto-zardari VISIT afghanistan 2023-05-09 asserted"}, nil},
		{"in a capital on an official visit", "2023-05-10", "South Korean President Yoon Suk Yeol, in Hanoi on a three-day state visit, praised the new trade pact on Tuesday.",
			[]string{"yoon-suk-yeol VISIT vietnam 2023-05-09 asserted"}, nil},
		{"at home on a visit is no visit", "2023-05-10", "Joe Biden, in Washington on a visit by Fumio Kishida, praised Japan on Tuesday.",
			nil, []string{"joe-biden VISIT"}},
		{"flew from one capital to another", "2023-05-10", "Wang Yi flew from Canberra to Suva on Tuesday.",
			[]string{"wang-yi VISIT fiji 2023-05-09 asserted"}, []string{"VISIT australia"}},
		{"took a train to", "2023-05-10", "Pedro Sanchez took a train to Kyiv on Tuesday.",
			[]string{"pedro-sanchez VISIT ukraine 2023-05-09 asserted"}, nil},
		{"spent days in a capital", "2023-05-10", "Pedro Sanchez spent three days in Rabat last month.",
			[]string{"pedro-sanchez VISIT morocco 2023-04 asserted"}, nil},
		{"spent money in a state is no visit", "2023-05-10", "Pedro Sanchez spent $3 million in Morocco last year.",
			nil, []string{"VISIT"}},
		{"a leader's plane landed in", "2023-05-10", "Pedro Sanchez's plane landed in Rabat on Tuesday.",
			[]string{"pedro-sanchez VISIT morocco 2023-05-09 asserted"}, nil},
		{"a plane landed, then another clause", "2023-05-10", "Minutes after Pedro Sanchez's plane landed, Algeria recalled its ambassador to Madrid.",
			nil, []string{"pedro-sanchez VISIT"}},
		{"his visit names the subject when the object is at home there", "2023-05-10", "Pedro Sanchez praised Mohammed VI during his visit to Rabat in February.",
			[]string{"pedro-sanchez VISIT morocco 2023-02 asserted"}, nil},
		{"a visit during which something was refused took place", "2023-05-10", "Pedro Sanchez refused to criticise Morocco during his visit to Rabat in February.",
			[]string{"pedro-sanchez VISIT morocco 2023-02 asserted"}, nil},
		{"the pair are the last two persons named", "2023-05-10", "Pedro Sanchez and Giorgia Meloni met in Rome on Monday.\n\nThe pair arrived in Tunis on Tuesday.",
			[]string{"pedro-sanchez VISIT tunisia 2023-05-09 asserted", "giorgia-meloni VISIT tunisia 2023-05-09 asserted"}, nil},
		{"crossed the border into", "2023-05-10", "Polish President Andrzej Duda crossed the border into Ukraine on Tuesday.",
			[]string{"andrzej-duda VISIT ukraine 2023-05-09 asserted"}, nil},
		{"armed forces crossing into a state attack it", "2023-05-10", "Turkish troops crossed into Syria on Tuesday.",
			nil, []string{"VISIT syria"}},
		{"wrapped up a visit", "2023-05-10", "Emmanuel Macron wrapped up a visit to Nigeria on Sunday.",
			[]string{"emmanuel-macron VISIT nigeria 2023-05-07 asserted"}, nil},
		{"during his stay in a capital", "2023-05-10", "During his stay in Hanoi, Anthony Albanese met Vietnamese leaders on Monday.",
			[]string{"anthony-albanese VISIT vietnam"}, nil},
		{"stay in power is no stay in a place", "2023-05-10", "Recep Tayyip Erdogan wants to stay in power until 2028.",
			nil, []string{"VISIT"}},
		{"who is in a capital for talks", "2023-05-10", "Olaf Scholz, who is in Ottawa for talks on energy, praised the new gas deal on Tuesday.",
			[]string{"olaf-scholz VISIT canada 2023-05-09 asserted"}, nil},
		{"due in a foreign capital", "2023-05-10", "Indian Prime Minister Narendra Modi is due in Canberra on Friday.",
			[]string{"narendra-modi VISIT australia 2023-05-12 planned"}, nil},
		{"will be in a foreign capital", "2023-05-10", "Pedro Sanchez will be in Rabat on Friday.",
			[]string{"pedro-sanchez VISIT morocco 2023-05-12 planned"}, nil},
		{"was in a foreign capital at a time", "2023-05-10", "Pedro Sanchez was in Rabat last week.",
			[]string{"pedro-sanchez VISIT morocco 2023-05 asserted"}, nil},
		{"a gathering in a capital is no person's visit", "2023-05-10", "The migration conference was in Rabat last week.",
			nil, []string{"VISIT"}},
		{"expected growth is no visit", "2023-05-10", "Strong growth is expected in Kenya next year.",
			nil, []string{"VISIT"}},
		// a meeting in one party's capital is the other's visit
		{"met a leader in his capital", "2023-05-10", "Giorgia Meloni met Egyptian President Abdel Fattah el-Sisi in Cairo on Tuesday.",
			[]string{"giorgia-meloni VISIT egypt 2023-05-09 asserted"}, nil},
		{"met on neutral ground names no host", "2023-05-10", "Anthony Albanese met Justin Trudeau in Paris on Tuesday.",
			nil, []string{"VISIT"}},
		{"talks with visiting X", "2023-05-10", "Narendra Modi held talks with visiting Egyptian President Abdel Fattah al-Sisi on Tuesday.",
			[]string{"abdel-fattah-el-sisi VISIT india 2023-05-09 asserted"}, nil},
		{"talks with the visiting X", "2023-05-10", "Narendra Modi held talks with the visiting Egyptian President Abdel Fattah el-Sisi on Tuesday.",
			[]string{"narendra-modi MEET abdel-fattah-el-sisi 2023-05-09 asserted", "abdel-fattah-el-sisi VISIT india 2023-05-09 asserted"}, nil},
		{"visiting X met Y", "2023-05-10", "Visiting Egyptian President Abdel Fattah el-Sisi met Narendra Modi on Tuesday.",
			[]string{"abdel-fattah-el-sisi VISIT india 2023-05-09 asserted"}, nil},
		{"a dinner for visiting X", "2023-05-10", "Narendra Modi hosted a dinner for visiting Egyptian President Abdel Fattah el-Sisi on Tuesday.",
			[]string{"narendra-modi HOST abdel-fattah-el-sisi 2023-05-09 asserted", "abdel-fattah-el-sisi VISIT india 2023-05-09 asserted"}, nil},
		{"hosting alone names no visit", "2023-05-10", "Narendra Modi hosted Abdel Fattah el-Sisi on Tuesday.",
			nil, []string{"VISIT"}},
		// hosting
		{"rolled out the red carpet for", "2023-05-10", "Joe Biden rolled out the red carpet for Yoon Suk Yeol on Tuesday.",
			[]string{"joe-biden HOST yoon-suk-yeol 2023-05-09 asserted"}, nil},
		{"gave a banquet in honour of", "2023-05-10", "King Charles gave a banquet in honour of Cyril Ramaphosa on Tuesday.",
			[]string{"HOST cyril-ramaphosa 2023-05-09 asserted"}, nil},
		{"feted by X", "2023-05-10", "Cyril Ramaphosa was feted by King Charles at Windsor Castle on Tuesday.",
			[]string{"HOST cyril-ramaphosa 2023-05-09 asserted"}, nil},
		{"a feted film is no guest", "2023-05-10", "The Iranian film was feted at the festival in Cannes on Tuesday.",
			nil, []string{"HOST"}},
		// invitations
		{"invited to X's occasion: X invites", "2023-05-10", "Shehbaz Sharif and Sheikh Hasina were invited to Narendra Modi's inauguration in New Delhi.",
			[]string{"narendra-modi INVITE shehbaz-sharif", "narendra-modi INVITE sheikh-hasina"}, nil},
		{"a fronted 'Invited by X,' names the guest after the comma", "2023-05-10", "Invited by Brazilian President Lula da Silva, Chinese Premier Li Qiang flew to Brasilia on Monday.",
			[]string{"lula-da-silva INVITE li-qiang", "li-qiang VISIT brazil 2023-05-08 asserted"}, nil},
		{"accepted an invitation from X", "2023-05-10", "Lula da Silva accepted an invitation from Xi Jinping to visit Beijing.",
			[]string{"xi-jinping INVITE lula-da-silva"}, []string{"lula-da-silva INVITE"}},
	}
	runPhenomena(t, x, tests, caseCheck{events: scoredSummary, found: func(got []string, w string) bool {
		return contains(got, w) || hasPrefix(got, w+" ") || containsPart(got, w)
	}})
}
