package extract

import (
	"strings"
	"testing"
)

// TestExtractor_Extract_Cooperation covers the wordings of the cooperative
// relations (MEET, VISIT, HOST, INVITE, COOPERATE, SIGN_AGREEMENT, SUPPORT,
// MILITARY_COOPERATION, AID): each case is "subject-id REL object-id date
// modality"; not lists substrings no event may contain.
func TestExtractor_Extract_Cooperation(t *testing.T) {
	x := MustExtractor(t)
	tests := []struct {
		name, published, text string
		want                  []string
		not                   []string
	}{
		// AID: goods shipped, lent, granted, gifted
		{"aid: shipped goods", "2021-06-10", "Qatar shipped food and fuel to Lebanon last week.",
			[]string{"qatar AID lebanon 2021-06 asserted"}, nil},
		{"aid: shipped shells are goods, not an attack", "2021-06-10", "Belarus shipped artillery shells to Russia on Monday.",
			[]string{"belarus AID russia 2021-06-07 asserted"}, []string{"ATTACK"}},
		{"aid: a loan approved for a state", "2021-06-10", "The World Bank approved a $500 million loan to Kenya on Friday.",
			[]string{"world-bank AID kenya 2021-06-04 asserted"}, nil},
		{"aid: a loan extended", "2021-06-10", "Kuwait extended a $200 million loan to Pakistan on Thursday.",
			[]string{"kuwait AID pakistan 2021-06-10 asserted"}, nil},
		{"aid: emergency supplies delivered", "2021-06-10", "Australia delivered emergency supplies to Tonga on Monday.",
			[]string{"australia AID tonga 2021-06-07 asserted"}, nil},
		{"aid: ditransitive grant", "2021-06-10", "The United States granted Egypt $1.3 billion in military aid on Tuesday.",
			[]string{"united-states AID egypt 2021-06-08 asserted"}, nil},
		{"aid: gifted goods", "2021-06-10", "India gifted 10,000 tonnes of rice to Afghanistan in June.",
			[]string{"india AID afghanistan 2021-06 asserted"}, nil},
		{"aid: committed assistance", "2021-06-10", "Britain committed 200 million pounds of assistance to Somalia last month.",
			[]string{"united-kingdom AID somalia 2021-05 asserted"}, nil},
		{"aid: the aid package noun", "2021-06-10", "The European Union unveiled an aid package for Moldova on Thursday.",
			[]string{"european-union AID moldova 2021-06-10 asserted"}, nil},
		{"aid: offered money", "2021-06-10", "Norway offered Sudan 2 billion kroner in grants on Tuesday.",
			[]string{"norway AID sudan 2021-06-08 asserted"}, nil},
		{"aid: received aid from donors", "2021-06-10", "Jordan received $2 billion in aid from Qatar and Oman on Monday.",
			[]string{"qatar AID jordan 2021-06-07 asserted", "oman AID jordan 2021-06-07 asserted"}, []string{"HOST"}},
		{"aid: receiving a guest is no aid", "2021-06-10", "Jordan received a delegation from Qatar on Monday.",
			nil, []string{"AID"}},
		{"aid: rushed rescuers", "2021-06-10", "Greece rushed firefighters and rescuers to Albania on Tuesday.",
			[]string{"greece AID albania 2021-06-08 asserted"}, nil},
		{"aid: flew a field hospital", "2021-06-10", "Israel flew a field hospital to Nepal on Tuesday.",
			[]string{"israel AID nepal 2021-06-08 asserted"}, []string{"VISIT"}},
		{"aid: a lifeline thrown", "2021-06-10", "Saudi Arabia threw Pakistan a financial lifeline on Monday.",
			[]string{"saudi-arabia AID pakistan 2021-06-07 asserted"}, nil},
		{"aid: a bailout approved", "2021-06-10", "The International Monetary Fund approved a $3 billion bailout for Egypt on Friday.",
			[]string{"imf AID egypt 2021-06-04 asserted"}, nil},
		{"aid: supplied a state with barrels of oil", "2021-06-10", "Algeria supplied Tunisia with about 20,000 barrels of oil a day last year.",
			[]string{"algeria AID tunisia 2020 asserted"}, nil},
		{"aid: give without goods is no aid", "2021-06-10", "Germany gave Jordan a warm reception on Monday.",
			nil, []string{"AID"}},

		{"aid: a second gift with its verb left out", "2021-06-10", "Japan gave $5 million to Nepal and $2 million to Bhutan in May.",
			[]string{"japan AID nepal 2021-05 asserted", "japan AID bhutan 2021-05 asserted"}, nil},
		{"aid: a new predicate after the recipient is no gift", "2021-06-10", "Japan sent food to Nepal and turned to India for fuel in May.",
			[]string{"japan AID nepal 2021-05 asserted"}, []string{"AID india"}},
		{"aid: financed a work in a state", "2021-06-10", "Kuwait financed a new hospital in Jordan last year.",
			[]string{"kuwait AID jordan 2020 asserted"}, nil},
		{"aid: paid for a work in a capital", "2021-06-10", "Japan paid for the new terminal in Phnom Penh in May.",
			[]string{"japan AID cambodia 2021-05 asserted"}, nil},
		{"aid: financing a deficit helps no state", "2021-06-10", "Norway financed its deficit in May.",
			nil, []string{"AID"}},
		{"aid: rescue teams dispatched", "2021-06-10", "Greece dispatched rescue teams to Turkey on Monday.",
			[]string{"greece AID turkey 2021-06-07 asserted"}, nil},
		{"aid: debt written off", "2021-06-10", "China wrote off Zambia's debt in May.",
			[]string{"china AID zambia 2021-05 asserted"}, nil},
		{"aid: funding approved", "2021-06-10", "The World Bank approved new funding for Malawi on Monday.",
			[]string{"world-bank AID malawi 2021-06-07 asserted"}, nil},

		// HOST and INVITE: ceremonies for a guest; invitations accepted from a host
		{"host: the red carpet rolled out", "2021-06-10", "Recep Tayyip Erdogan rolled out the red carpet for Ilham Aliyev in Ankara on Monday.",
			[]string{"recep-tayyip-erdogan HOST ilham-aliyev 2021-06-07 asserted"}, nil},
		{"host: a state dinner held for a guest", "2021-06-10", "Emmanuel Macron held a state dinner for Joe Biden on Monday.",
			[]string{"emmanuel-macron HOST joe-biden 2021-06-07 asserted"}, nil},
		{"invite: an invitation accepted from the host", "2021-06-10", "Ilham Aliyev accepted an invitation from Vladimir Putin to visit Moscow.",
			[]string{"vladimir-putin INVITE ilham-aliyev 2021-06-10 asserted"}, []string{"ilham-aliyev INVITE"}},

		// SUPPORT: congratulations
		{"support: congratulated a leader", "2021-06-10", "Narendra Modi congratulated Joe Biden on his victory on Monday.",
			[]string{"narendra-modi SUPPORT joe-biden 2021-06-07 asserted"}, nil},

		// SIGN_AGREEMENT: more verbs of signing and issuing joint texts
		{"sign: initialled", "2021-06-10", "Kenya and Ethiopia initialled a security accord on Monday.",
			[]string{"kenya SIGN_AGREEMENT ethiopia 2021-06-07 asserted"}, nil},
		{"sign: issued a joint communique", "2021-06-10", "Indonesia and Malaysia issued a joint communique on Wednesday.",
			[]string{"indonesia SIGN_AGREEMENT malaysia 2021-06-09 asserted"}, nil},
		{"sign: issuing a plain statement is no signing", "2021-06-10", "Indonesia issued a statement on Malaysia on Wednesday.",
			nil, []string{"SIGN_AGREEMENT"}},
		{"sign: struck a deal", "2021-06-10", "Brazil and Argentina struck a deal on energy on Friday.",
			[]string{"brazil SIGN_AGREEMENT argentina 2021-06-04 asserted"}, []string{"ATTACK"}},
		{"sign: joint statement criticising a third state", "2021-06-10", "The US and Japan issued a joint statement criticising China on Tuesday.",
			[]string{"united-states SIGN_AGREEMENT japan 2021-06-08 asserted"}, []string{"china"}},
		{"sign: a relative clause ends with the signing", "2021-06-10", "Vietnam praised the border treaty that Cambodia and Laos signed in 2019.",
			[]string{"cambodia SIGN_AGREEMENT laos 2019 asserted"}, nil},
		{"sign: the agreement far from the verb", "2021-06-10", "Moldova and Romania signed the first two chapters of an energy agreement on Friday.",
			[]string{"moldova SIGN_AGREEMENT romania 2021-06-04 asserted"}, nil},
		{"sign: only a with-phrase adds a party", "2021-06-10", "Georgia signed the trade accord, the same pact Armenia rejected in 2019.",
			nil, []string{"georgia SIGN_AGREEMENT armenia"}},
		{"sign: sealed an agreement with", "2021-06-10", "Egypt sealed a gas agreement with Cyprus on Tuesday.",
			[]string{"egypt SIGN_AGREEMENT cyprus 2021-06-08 asserted"}, nil},

		{"sign: a pair subject adopts a joint press statement", "2021-06-10",
			"Emmanuel Macron met Olaf Scholz in Paris on Monday. The two leaders adopted a joint press statement after the talks.",
			[]string{"emmanuel-macron SIGN_AGREEMENT olaf-scholz 2021-06-07 asserted"}, nil},

		// VISIT: onward legs and first steps
		{"visit: flew on to", "2021-06-10", "Emmanuel Macron flew on to Kyiv on Tuesday to present the plan.",
			[]string{"emmanuel-macron VISIT ukraine 2021-06-08 asserted"}, nil},
		{"visit: set foot in", "2021-06-10", "Joe Biden set foot in Ukraine on Monday.",
			[]string{"joe-biden VISIT ukraine 2021-06-07 asserted"}, nil},

		{"visit: a surprise stopover", "2021-06-10", "Narendra Modi made a surprise stopover in Kabul on Friday.",
			[]string{"narendra-modi VISIT afghanistan 2021-06-04 asserted"}, nil},
		{"visit: rolled into by train", "2021-06-10", "Kim Jong-un rolled into Beijing aboard his armoured train on Monday.",
			[]string{"kim-jong-un VISIT china 2021-06-07 asserted"}, nil},
		{"visit: travelled together to", "2021-06-10", "Olaf Scholz and Emmanuel Macron travelled together to Kyiv on Thursday.",
			[]string{"olaf-scholz VISIT ukraine 2021-06-10 asserted", "emmanuel-macron VISIT ukraine 2021-06-10 asserted"}, nil},
		{"meet: conferred with", "2021-06-10", "Abdel Fattah el-Sisi conferred with Abiy Ahmed in Cairo on Sunday.",
			[]string{"abdel-fattah-el-sisi MEET abiy-ahmed 2021-06-06 asserted"}, nil},
		{"visit: later legs of the same trip", "2021-06-10", "Justin Trudeau will travel to Poland and then to Kyiv later this week.",
			[]string{"justin-trudeau VISIT poland 2021-06 planned", "justin-trudeau VISIT ukraine 2021-06 planned"}, nil},
		{"visit: a destination and a list of topics are not legs", "2021-06-10", "Justin Trudeau flew to Poland and talked to reporters on Monday.",
			[]string{"justin-trudeau VISIT poland 2021-06-07 asserted"}, nil},

		{"visit: leaves for", "2021-06-10", "Joe Biden left for Warsaw on Friday.",
			[]string{"joe-biden VISIT poland 2021-06-04 asserted"}, nil},
		{"invite: at a leader's invitation", "2021-06-10", "Olaf Scholz visited Kenya on Monday at William Ruto's invitation.",
			[]string{"william-ruto INVITE olaf-scholz 2021-06-07 asserted", "olaf-scholz VISIT kenya 2021-06-07 asserted"}, nil},
		{"invite: an invitation behind a planned visit is made", "2021-06-10", "Olaf Scholz is due to visit Kenya at William Ruto's invitation.",
			[]string{"william-ruto INVITE olaf-scholz 2021-06-10 asserted"}, nil},

		// MEET: an event noun after "for" inside an agreement (once a crash)
		{"meet: talks as the purpose of an agreed trip", "2021-06-10", "Chile agreed to send a delegation to Lima for talks with Peru on Monday.",
			[]string{"chile MEET peru 2021-06-14 planned"}, nil},

		// MEET: consultations
		{"meet: held consultations", "2021-06-10", "Lee Jae-myung and Fumio Kishida held consultations in Seoul on Monday.",
			[]string{"lee-jae-myung MEET fumio-kishida 2021-06-07 asserted"}, nil},

		// MEET: a fronted "their" meeting is the main clause's pair
		{"meet: during their meeting, X and Y", "2021-06-10", "During their meeting on Wednesday, Fumio Kishida and Yoon Suk Yeol discussed trade.",
			[]string{"fumio-kishida MEET yoon-suk-yeol 2021-06-09 asserted"}, nil},
		{"meet: after their summit, X and Y", "2021-06-10", "After their summit in Ankara on Monday, Recep Tayyip Erdogan and Olaf Scholz spoke to reporters.",
			[]string{"recep-tayyip-erdogan MEET olaf-scholz 2021-06-07 asserted"}, nil},

		// coordinated parties of a symmetric relation: every pair
		{"sign: three signatories, three pairs", "2021-06-10", "Chile, Peru and Ecuador signed a fisheries treaty in Lima on Monday.",
			[]string{"chile SIGN_AGREEMENT peru 2021-06-07 asserted", "chile SIGN_AGREEMENT ecuador 2021-06-07 asserted", "peru SIGN_AGREEMENT ecuador 2021-06-07 asserted"}, nil},
		{"sign: a participle by-agent wins over a later agreement noun", "2021-06-10", "The Lima Declaration adopted by Chile and Peru on Monday and the treaty concluded with Bolivia were milestones.",
			[]string{"chile SIGN_AGREEMENT peru 2021-06-07 asserted"}, nil},
		{"sign: a long noun phrase before the agreement", "2021-06-10", "Qatar and Egypt inked a 20-year, $10 billion gas supply deal on Monday.",
			[]string{"qatar SIGN_AGREEMENT egypt 2021-06-07 asserted"}, nil},
		{"support: a possessed bid endorsed in the passive", "2021-06-10", "Moldova's bid to join the European Union was endorsed on Monday by Romania.",
			[]string{"romania SUPPORT moldova 2021-06-07 asserted"}, []string{"SUPPORT european-union"}},

		// COOPERATE: ties restored, partners worked with, hatchets buried
		{"cooperate: restored diplomatic ties with", "2021-06-10", "Nicaragua restored diplomatic ties with Beijing in December.",
			[]string{"nicaragua COOPERATE china 2020-12 asserted"}, nil},
		{"cooperate: restored relations, coordinated", "2021-06-10", "Colombia and Venezuela restored diplomatic relations last month.",
			[]string{"colombia COOPERATE venezuela 2021-05 asserted"}, nil},
		{"cooperate: buried the hatchet", "2021-06-10", "Ethiopia and Eritrea buried the hatchet on Monday.",
			[]string{"ethiopia COOPERATE eritrea 2021-06-07 asserted"}, nil},
		{"cooperate: three parties agree, three pairs", "2021-06-10", "Egypt, Jordan and Iraq agreed to deepen economic integration on Sunday.",
			[]string{"egypt COOPERATE jordan 2021-06-06 asserted", "egypt COOPERATE iraq 2021-06-06 asserted", "jordan COOPERATE iraq 2021-06-06 asserted"}, nil},
		{"cooperate: a clause after the agreement names no partner", "2021-06-10", "Turkey and Russia agreed on Monday to expand trade when Recep Tayyip Erdogan met Vladimir Putin in Sochi.",
			[]string{"turkey COOPERATE russia 2021-06-07 asserted"}, []string{"COOPERATE recep", "COOPERATE vladimir"}},
		{"cooperate: an absolute with-clause names no partner", "2021-06-10", "Chile and Peru agreed to restart talks, with Spain hosting the first round.",
			nil, []string{"COOPERATE spain"}},
		{"cooperate: a statement that established ties did so itself", "2021-06-10", "China and Chad signed a joint statement in 1972 that established diplomatic ties, and in 2008 the two governments agreed to jointly build a dam.",
			[]string{"china SIGN_AGREEMENT chad 1972 asserted"}, []string{"COOPERATE chad 1972"}},

		// COOPERATE: decided, committed, elevated
		{"cooperate: a joint project launched", "2021-06-10", "Egypt and Sudan launched a joint railway project on Thursday.",
			[]string{"egypt COOPERATE sudan 2021-06-10 asserted"}, nil},
		{"cooperate: a project alone is not joint", "2021-06-10", "Egypt and Sudan each launched a railway project on Thursday.",
			nil, []string{"COOPERATE"}},
		{"cooperate: agreed to restart negotiations", "2021-06-10", "Chile and Peru agreed to restart negotiations on Monday.",
			[]string{"chile COOPERATE peru 2021-06-07 asserted"}, nil},
		{"cooperate: deciding to hold a summit is no agreement", "2021-06-10", "Chile has decided to hold a summit with Peru next month.",
			nil, []string{"COOPERATE"}},
		{"cooperate: decided to intensify", "2021-06-10", "Poland and Lithuania decided to intensify cooperation on Tuesday.",
			[]string{"poland COOPERATE lithuania 2021-06-08 asserted"}, nil},
		{"cooperate: committed to closer cooperation", "2021-06-10", "Mexico and Canada committed to closer cooperation on migration on Friday.",
			[]string{"mexico COOPERATE canada 2021-06-04 asserted"}, nil},
		{"cooperate: elevate ties", "2021-06-10", "Narendra Modi and Anthony Albanese agreed to elevate ties to a strategic partnership on Friday.",
			[]string{"narendra-modi COOPERATE anthony-albanese 2021-06-04 asserted"}, nil},
		{"cooperate: decided alone is no cooperation", "2021-06-10", "Poland decided to expel a diplomat from Lithuania on Tuesday.",
			nil, []string{"COOPERATE"}},
		{"cooperate: a pledge to work together is one event", "2021-06-10", "Brazil and Argentina pledged to work together on climate change on Wednesday.",
			[]string{"brazil COOPERATE argentina 2021-06-09 asserted"}, []string{"planned"}},
		{"cooperate: military cooperation agreed is one military event", "2021-06-10", "Kenya and Uganda agreed to deepen military cooperation on Thursday.",
			[]string{"kenya MILITARY_COOPERATION uganda 2021-06-10 asserted"}, []string{"COOPERATE", "planned"}},
		{"cooperate: joint exercises agreed are military cooperation", "2021-06-10", "Greece and Cyprus pledged to expand joint naval exercises in the region on Monday.",
			[]string{"greece MILITARY_COOPERATION cyprus 2021-06-07 asserted"}, []string{"COOPERATE"}},
		{"cooperate: ramp up", "2021-06-10", "Emmanuel Macron and Olaf Scholz agreed on Monday to ramp up pressure on Iran.",
			[]string{"emmanuel-macron COOPERATE olaf-scholz 2021-06-07 asserted"}, []string{"iran"}},
		{"cooperate: the spokesman who reports it is no party", "2021-06-10", "Chile and Peru agreed to work closely together, presidential spokesman Gabriel Boric said on Monday.",
			[]string{"chile COOPERATE peru 2021-06-07 asserted"}, []string{"gabriel-boric"}},
		{"cooperate: a proposed joint fund is not set up", "2021-06-10", "Japan rejected South Korea's proposal for a joint compensation fund on Friday.",
			nil, []string{"COOPERATE"}},

		// SUPPORT: more phrasal verbs
		{"support: stood firmly behind", "2021-06-10", "Latvia said on Monday it stood firmly behind Estonia.",
			[]string{"latvia SUPPORT estonia 2021-06-07 asserted"}, nil},
		{"support: hitting back is no backing", "2021-06-10", "Beijing hit back on Wednesday, with spokesman Wang Wenbin accusing Washington of lying.",
			nil, []string{"SUPPORT"}},
		{"support: threw their weight behind", "2021-06-10", "Chile and Peru threw their weight behind Ecuador on Thursday.",
			[]string{"chile SUPPORT ecuador 2021-06-10 asserted", "peru SUPPORT ecuador 2021-06-10 asserted"}, nil},
		{"support: rallied behind", "2021-06-10", "Latvia rallied behind Estonia on Monday.",
			[]string{"latvia SUPPORT estonia 2021-06-07 asserted"}, nil},

		// HOST and MEET objects that are no guests or partners
		{"welcomed a state's decision is support, not hosting", "2021-06-10", "Canada welcomed Mexico's decision to hold new elections on Friday.",
			[]string{"canada SUPPORT mexico 2021-06-04 asserted"}, []string{"HOST"}},
		{"welcomed the plan by a state is support", "2021-06-10", "Spain welcomed the peace plan put forward by Morocco on Monday.",
			[]string{"spain SUPPORT morocco 2021-06-07 asserted"}, []string{"HOST"}},
		{"received a leader's letter hosts nobody", "2021-06-10", "Emmanuel Macron received Narendra Modi's letter on Monday.",
			nil, []string{"HOST"}},
		{"hosting a person's predecessor hosts the predecessor", "2021-06-10", "Joe Biden hosted Rishi Sunak's predecessor Boris Johnson in May.",
			[]string{"joe-biden HOST boris-johnson 2021-05 asserted"}, []string{"rishi-sunak"}},
		{"a summit on a state: the state is its topic", "2021-06-10", "Emmanuel Macron will host a summit on Ukraine on Tuesday.",
			nil, []string{"ukraine"}},
		{"hosted drills with a partner: no guest", "2021-06-10", "Egypt hosted joint air force drills with Saudi Arabia last week.",
			[]string{"egypt MILITARY_COOPERATION saudi-arabia 2021-06 asserted"}, []string{"HOST"}},
		{"an envoy does not meet his own state", "2021-06-10", "Olaf Scholz met Xi Jinping on Monday on the sidelines of the talks to press Berlin's concerns.",
			[]string{"olaf-scholz MEET xi-jinping 2021-06-07 asserted"}, []string{"MEET germany"}},
		{"a plane of an air force does not visit", "2021-06-10", "A U.S. Air Force C-130 carrying tents landed in Manila on Monday.",
			nil, []string{"VISIT"}},

		// MILITARY_COOPERATION: combined exercises
		{"military: combined exercises", "2021-06-10", "Vietnam and Australia conducted combined exercises last week.",
			[]string{"vietnam MILITARY_COOPERATION australia 2021-06 asserted"}, nil},
		{"military: hyphenated nationality adjectives are the parties", "2021-06-10", "Russian-Chinese joint naval patrols began on Monday.",
			[]string{"russia MILITARY_COOPERATION china 2021-06-07 asserted"}, nil},
		{"military: drills against a state: a target, not a partner", "2021-06-10", "Russia and Belarus staged war drills against Poland on Monday.",
			[]string{"russia MILITARY_COOPERATION belarus 2021-06-07 asserted"}, []string{"poland"}},
		{"military: a defence pact signed is an agreement and military cooperation", "2021-06-10", "Turkey and Azerbaijan signed a defence pact in Baku on Monday.",
			[]string{"turkey SIGN_AGREEMENT azerbaijan 2021-06-07 asserted", "turkey MILITARY_COOPERATION azerbaijan 2021-06-07 asserted"}, nil},
		{"military: a trade pact is no military cooperation", "2021-06-10", "Turkey and Azerbaijan signed a trade pact in Baku on Monday.",
			[]string{"turkey SIGN_AGREEMENT azerbaijan 2021-06-07 asserted"}, []string{"MILITARY_COOPERATION"}},
		{"military: war games kicked off", "2021-06-10", "Jordan and Egypt kicked off joint war games on Monday.",
			[]string{"jordan MILITARY_COOPERATION egypt 2021-06-07 asserted"}, nil},
		{"military: sold fighter jets", "2021-06-10", "France sold fighter jets to Greece on Monday.",
			[]string{"france MILITARY_COOPERATION greece 2021-06-07 asserted"}, nil},
		{"military: arms sales", "2021-06-10", "The United States approved arms sales to Taiwan on Monday.",
			[]string{"united-states MILITARY_COOPERATION taiwan 2021-06-07 asserted"}, nil},

		// MILITARY_COOPERATION: the arms trade, buyer and supplier
		{"arms: took delivery of a nationality's weapons", "2021-06-10", "Serbia took delivery of Chinese FK-3 air defence missiles on Monday.",
			[]string{"serbia MILITARY_COOPERATION china 2021-06-07 asserted"}, nil},
		{"arms: state-built ships", "2021-06-10", "Bangladesh took delivery of two Chinese-built corvettes last month.",
			[]string{"bangladesh MILITARY_COOPERATION china 2021-05 asserted"}, nil},
		{"arms: bought weapons from a supplier", "2021-06-10", "Indonesia bought 42 Rafale jets from France in February.",
			[]string{"indonesia MILITARY_COOPERATION france 2021-02 asserted"}, nil},
		{"arms: up to a number of weapons", "2021-06-10", "Poland agreed to purchase up to 500 rocket launchers from the United States on Monday.",
			nil, []string{"ATTACK"}},
		{"arms: the purchase of a possessor's system", "2021-06-10", "Finland's government approved the purchase of Israel's Spyder air defence system on Monday.",
			[]string{"finland MILITARY_COOPERATION israel 2021-06-07 asserted"}, nil},
		{"arms: an approved sale of weapons to a buyer", "2021-06-10", "Washington approved the sale of 36 F-15 fighter jets to Qatar on Friday.",
			[]string{"united-states MILITARY_COOPERATION qatar 2021-06-04 asserted"}, nil},
		{"arms: a possessor's deliveries of drones", "2021-06-10", "North Korea's deliveries of artillery shells and rockets to Russia continued last month.",
			[]string{"north-korea MILITARY_COOPERATION russia 2021-05 asserted"}, nil},
		{"arms: weapons a state had ordered", "2021-06-10", "Turkey protested against the French frigates that Greece had ordered.",
			[]string{"france MILITARY_COOPERATION greece  asserted"}, nil},
		{"arms: a criticised sale names no seller", "2021-06-10", "China condemned the sale of fighter jets to Taiwan on Monday.",
			nil, []string{"MILITARY_COOPERATION"}},
		{"arms: ordered strikes are no purchase", "2021-06-10", "Vladimir Putin ordered missile strikes on Ukraine on Monday.",
			nil, []string{"MILITARY_COOPERATION"}},
		{"arms: bought goods that are no weapons", "2021-06-10", "India bought Russian oil last year.",
			nil, []string{"MILITARY_COOPERATION"}},

		// MILITARY_COOPERATION: named exercises, alliances unveiled
		{"military: a named exercise is no partner", "2021-06-10", "Thailand and the United States held their annual Cobra Gold joint military exercise in late February.",
			[]string{"thailand MILITARY_COOPERATION united-states 2021-02 asserted"}, nil},
		{"military: war games in the plural after a name", "2021-06-10", "Moroccan and French troops kicked off the African Lion war games on Monday.",
			[]string{"morocco MILITARY_COOPERATION france 2021-06-07 asserted"}, nil},
		{"military: a security pact unveiled", "2021-06-10", "Japan, India and Australia unveiled a new security pact on Monday.",
			[]string{"japan MILITARY_COOPERATION india 2021-06-07 asserted", "japan MILITARY_COOPERATION australia 2021-06-07 asserted", "india MILITARY_COOPERATION australia 2021-06-07 asserted"}, nil},
		{"military: forging a trade pact is not military", "2021-06-10", "Japan and India forged a trade pact on Monday.",
			nil, []string{"MILITARY_COOPERATION"}},

		// MEET: met after saying, said face to face, held between, asked for
		{"meet: after meeting, across a verb of saying", "2021-06-10", "Olaf Scholz told reporters after meeting Justin Trudeau in Berlin on Monday.",
			[]string{"olaf-scholz MEET justin-trudeau 2021-06-07 asserted"}, nil},
		{"meet: told a leader in a city", "2021-06-10", "Recep Tayyip Erdogan told Vladimir Putin in Sochi on Friday that trade must grow.",
			[]string{"recep-tayyip-erdogan MEET vladimir-putin 2021-06-04 asserted"}, nil},
		{"meet: telling reporters in a city is no meeting", "2021-06-10", "Recep Tayyip Erdogan told reporters in Sochi on Friday that trade must grow.",
			nil, []string{"MEET"}},
		{"meet: told in a phone call is no meeting", "2021-06-10", "Joe Biden told Olaf Scholz in a phone call on Friday that the alliance held.",
			nil, []string{"MEET"}},
		{"meet: talks were held between", "2021-06-10", "Talks were held in Oslo on March 3, 2021 between Antony Blinken and Sergey Lavrov.",
			[]string{"antony-blinken MEET sergey-lavrov 2021-03-03 asserted"}, nil},
		{"meet: a summit, held between", "2021-06-10", "The summit, held in Hanoi in February 2019 between Donald Trump and Kim Jong-un, ended early.",
			[]string{"donald-trump MEET kim-jong-un 2019-02 asserted"}, nil},
		{"meet: requested consultations are not held", "2021-06-10", "Latvia and Estonia requested emergency consultations on Monday.",
			nil, []string{"asserted", "planned"}},
		{"meet: talks called for are not held", "2021-06-10", "Serbia called for talks with Kosovo on Monday.",
			nil, []string{"asserted", "planned"}},

		// AID: recipients after amounts and reduced relatives, goods flown in the passive
		{"aid: goods flown to a state by a donor", "2021-06-10", "Blankets and generators were flown to Lebanon by Qatar on Monday.",
			[]string{"qatar AID lebanon 2021-06-07 asserted"}, []string{"VISIT"}},
		{"aid: a rescue package of an amount for a state", "2021-06-10", "The IMF assembled a rescue package of nearly $4 billion for Sri Lanka on Monday.",
			[]string{"imf AID sri-lanka 2021-06-07 asserted"}, nil},
		{"aid: the package a donor announced for a state", "2021-06-10", "The $400 million aid package Berlin announced for Kyiv on Monday included air defence.",
			[]string{"germany AID ukraine 2021-06-07 asserted"}, nil},
		{"aid: a person flown to a city is no aid and no visit", "2021-06-10", "Alexei Navalny was flown to Berlin on Monday.",
			nil, []string{"AID", "VISIT"}},

		// SUPPORT: the leader of an endorsed act
		{"support: endorsed an X-led operation", "2021-06-10", "The African Union endorsed the Kenyan-led mission in Haiti on Monday.",
			[]string{"african-union SUPPORT kenya 2021-06-07 asserted"}, []string{"SUPPORT haiti"}},

		// COOPERATE: ties whose restoration is announced, partners after "agreed with"
		{"cooperate: announced that they would restore ties", "2021-06-10", "Iran and Saudi Arabia announced on Friday that they would restore diplomatic relations.",
			[]string{"iran COOPERATE saudi-arabia 2021-06-04 asserted"}, nil},
		{"cooperate: agreed with a partner, then a place and date, to deepen", "2022-08-10", "Joko Widodo, who agreed with Xi Jinping in Beijing on July 26, 2022 to deepen trade ties, left on Wednesday.",
			[]string{"joko-widodo COOPERATE xi-jinping 2022-07-26 asserted"}, []string{"COOPERATE china"}},

		// coordinated persons with appositives; "the two" after a meeting
		{"sign: two persons with appositives sign", "2022-06-10", "Olaf Scholz, chancellor of Germany, and Emmanuel Macron, president of France, signed a treaty on Monday.",
			[]string{"olaf-scholz SIGN_AGREEMENT emmanuel-macron 2022-06-06 asserted"}, nil},
		{"meet: two persons with possessive posts hold talks", "2022-06-10", "Sergey Lavrov, Russia's foreign minister, and Wang Yi, China's foreign minister, held talks on Monday.",
			[]string{"sergey-lavrov MEET wang-yi 2022-06-06 asserted"}, nil},
		{"sign: signed by two persons with appositives", "2022-06-10", "The accord was signed by Antony Blinken, secretary of state, and Sergey Lavrov, foreign minister of Russia, on Monday.",
			[]string{"antony-blinken SIGN_AGREEMENT sergey-lavrov 2022-06-06 asserted"}, nil},
		{"sign: the two after a meeting", "2022-06-10", "Narendra Modi met Fumio Kishida in Tokyo on Monday, and the two signed a currency swap deal.",
			[]string{"narendra-modi SIGN_AGREEMENT fumio-kishida 2022-06-06 asserted"}, nil},
		{"cooperate: both after a meeting", "2022-06-10", "Narendra Modi met Fumio Kishida in Tokyo on Monday, and both agreed to deepen trade ties.",
			[]string{"narendra-modi COOPERATE fumio-kishida 2022-06-06 asserted"}, nil},

		// COOPERATE: texts negotiated together
		{"cooperate: a resolution negotiated by two states", "2022-06-10", "Diplomats said the resolution, negotiated for a month by France and Germany, passed on Monday.",
			[]string{"france COOPERATE germany 2022-06-06 asserted"}, nil},
		{"cooperate: negotiated a deal with a partner", "2022-06-10", "Egypt negotiated a gas deal with Cyprus on Monday.",
			[]string{"egypt COOPERATE cyprus 2022-06-06 asserted"}, nil},
		{"cooperate: a mediator is not a party", "2022-06-10", "Qatar negotiated a truce between Israel and Hamas on Friday.",
			nil, []string{"qatar COOPERATE"}},

		// SUPPORT: recognition
		{"support: recognised a state", "2022-06-10", "Bhutan recognised Bangladesh on December 6, 1971.",
			[]string{"bhutan SUPPORT bangladesh 1971-12-06 asserted"}, nil},
		{"support: recognition of a leader as president", "2022-06-10", "Brazil's recognition of Juan Guaido as interim president angered Caracas on Monday.",
			[]string{"brazil SUPPORT juan-guaido 2022-06-06 asserted"}, nil},
		{"support: refusing to recognise is no support", "2022-06-10", "Spain refuses to recognise Kosovo.",
			nil, []string{"SUPPORT kosovo 2022-06-10 asserted"}},
		{"support: one's own state is not backed", "2022-06-10", "Vladimir Putin recognised two Russian-backed separatist republics on Monday.",
			nil, []string{"SUPPORT russia"}},

		// SIGN_AGREEMENT: participles set off by a comma, relatives after a name
		{"sign: a named treaty, signed by four states", "2021-06-10", "The Treaty of Tlatelolco, signed by Mexico, Brazil, Chile and Peru on February 14, 1967, banned nuclear arms.",
			[]string{"mexico SIGN_AGREEMENT brazil 1967-02-14 asserted", "chile SIGN_AGREEMENT peru 1967-02-14 asserted", "brazil SIGN_AGREEMENT peru 1967-02-14 asserted"}, nil},
		{"sign: a deal with a state, signed by two ministers", "2021-06-10", "Washington's grain deal with Moscow, signed by Antony Blinken and Sergey Lavrov on Tuesday, runs for a year.",
			[]string{"antony-blinken SIGN_AGREEMENT sergey-lavrov 2021-06-08 asserted"}, []string{"SIGN_AGREEMENT russia", "united-states SIGN_AGREEMENT"}},
		{"sign: a named treaty, which two states signed", "2021-06-10", "Ankara marked the Treaty of Kars, which Turkey and Armenia signed in 1921.",
			[]string{"turkey SIGN_AGREEMENT armenia 1921 asserted"}, nil},

		// MILITARY_COOPERATION: forces hosted, brought in or given bases
		{"milcoop: hosting another's troops is no visit", "2021-06-10", "Tajikistan hosted several thousand Chinese troops for joint drills in May.",
			[]string{"tajikistan MILITARY_COOPERATION china 2021-05 asserted"}, []string{"HOST"}},
		{"milcoop: warships welcomed", "2021-06-10", "Sri Lanka welcomed two Indian warships in Colombo on Tuesday.",
			[]string{"sri-lanka MILITARY_COOPERATION india 2021-06-08 asserted"}, []string{"HOST"}},
		{"milcoop: instructors brought in", "2021-06-10", "Niger brought in Turkish military instructors last month.",
			[]string{"niger MILITARY_COOPERATION turkey 2021-05 asserted"}, nil},
		{"milcoop: access to bases granted", "2021-06-10", "Greece granted French troops access to two naval bases on Monday.",
			[]string{"greece MILITARY_COOPERATION france 2021-06-07 asserted"}, nil},
		{"milcoop: an announced grant of base access", "2021-06-10", "Australia announced on Monday that it would give Japanese forces access to its northern airfields.",
			[]string{"australia MILITARY_COOPERATION japan 2021-06-07 asserted"}, nil},
		{"milcoop: access to markets is no basing", "2021-06-10", "Vietnam granted Korean firms access to its ports market on Monday.",
			nil, []string{"MILITARY_COOPERATION"}},
		{"milcoop: defence cooperation owned by the pair", "2021-06-10", "Spain and Morocco agreed on Monday to deepen the two countries' defence cooperation.",
			[]string{"spain MILITARY_COOPERATION morocco 2021-06-07 asserted"}, []string{"COOPERATE"}},

		{"milcoop: intelligence shared", "2021-06-10", "Latvia and Estonia agreed on Tuesday to share intelligence on Russian troop movements.",
			[]string{"latvia MILITARY_COOPERATION estonia 2021-06-08 asserted"}, nil},
		{"milcoop: drills begun by two states", "2021-06-10", "Serbia and Belarus began military drills on Tuesday.",
			[]string{"serbia MILITARY_COOPERATION belarus 2021-06-08 asserted"}, nil},
		{"milcoop: drills begun alone have no partner", "2021-06-10", "Belarus began military drills near the border on Tuesday.",
			nil, []string{"MILITARY_COOPERATION"}},
		{"milcoop: drills around a state are no cooperation with it", "2021-06-10", "China started military drills around Taiwan on Monday.",
			nil, []string{"MILITARY_COOPERATION"}},
		{"milcoop: a border shared is no partnership", "2021-06-10", "Belarus began large-scale exercises near its border with Poland on Monday.",
			nil, []string{"MILITARY_COOPERATION"}},
		{"milcoop: drills held with a partner", "2021-06-10", "Egypt held naval drills with Greece on Monday.",
			[]string{"egypt MILITARY_COOPERATION greece 2021-06-07 asserted"}, nil},
		{"milcoop: another's soldiers trained", "2021-06-10", "Canada trained Ukrainian soldiers in western Ukraine in May.",
			[]string{"canada MILITARY_COOPERATION ukraine 2021-05 asserted"}, nil},
		{"milcoop: a train is no training", "2021-06-10", "Russia began a train service to North Korea on Tuesday.",
			nil, []string{"MILITARY_COOPERATION"}},

		// MEET: courtesy calls; subjects past a "whose" relative clause
		{"meet: called on a leader", "2021-06-10", "Wang Yi also called on Prime Minister Shinzo Abe in Tokyo on Tuesday.",
			[]string{"wang-yi MEET shinzo-abe 2021-06-08 asserted"}, nil},
		{"meet: a joint call is no meeting of the callers", "2021-06-10", "Antony Blinken and Lloyd Austin called on President Moon Jae-in on Thursday.",
			[]string{"antony-blinken MEET moon-jae-in 2021-06-10 asserted", "lloyd-austin MEET moon-jae-in 2021-06-10 asserted"}, []string{"antony-blinken MEET lloyd-austin"}},
		{"meet: calling on someone to act is an appeal", "2021-06-10", "Emmanuel Macron called on Vladimir Putin to withdraw his troops on Monday.",
			nil, []string{"MEET"}},
		{"meet: an appeal past a relative clause", "2021-06-10", "Joe Biden called on Kim Jong Un, who tested a missile on Sunday, to return to talks.",
			nil, []string{"MEET"}},
		{"meet: told in a call opened earlier", "2021-06-10", "In a phone call on Monday, Olaf Scholz told Vladimir Putin that the war must end.",
			nil, []string{"MEET"}},
		{"meet: calling on a state is no meeting", "2021-06-10", "The envoy called on Iran in a statement on Monday.",
			nil, []string{"MEET"}},
		{"meet: the subject past a whose-clause", "2021-06-10", "Narendra Modi, whose government accused Pakistan of sheltering militants in May, met Joe Biden in Delhi on Saturday.",
			[]string{"narendra-modi MEET joe-biden 2021-06-05 asserted"}, []string{"pakistan MEET"}},

		// MEET: hosted talks, gatherings as venues, relative clauses after a meeting noun
		{"meet: talks hosted with two guests are the guests' meeting", "2021-06-10", "Norway hosted talks with Colombia and Venezuela in Oslo on Monday.",
			[]string{"colombia MEET venezuela 2021-06-07 asserted"}, []string{"norway MEET"}},
		{"meet: talks hosted with one guest are the host's", "2021-06-10", "Egypt hosted talks with Sudan in Cairo on Monday.",
			[]string{"egypt MEET sudan 2021-06-07 asserted"}, nil},
		{"meet: an agreement reached at a gathering", "2021-06-10", "Kenya and Uganda agreed to reopen their border at an African Union summit in Addis Ababa on Sunday.",
			[]string{"kenya COOPERATE uganda 2021-06-06 asserted"}, []string{"MEET"}},
		{"meet: bare talks where they agreed are theirs", "2021-06-10", "Vladimir Putin and Emmanuel Macron agreed on a ceasefire at talks in Moscow on Tuesday.",
			[]string{"vladimir-putin MEET emmanuel-macron 2021-06-08 asserted"}, nil},
		{"meet: a state in a relative clause after the summit", "2021-06-10", "Germany hosted Emmanuel Macron on Friday for a summit to which China was not invited.",
			[]string{"germany HOST emmanuel-macron 2021-06-04 asserted"}, []string{"china"}},

		// MEET: talks after a verb of saying, discussions held with a partner
		{"meet: said after talks with", "2021-06-10", "Pedro Sanchez said after talks with Olaf Scholz on Monday that Europe needed more gas links.",
			[]string{"pedro-sanchez MEET olaf-scholz 2021-06-07 asserted"}, nil},
		{"meet: a parenthetical source is not the one who met", "2021-06-10", "Kim Jong Un toured a shipyard on Tuesday, KCNA said, a day after meeting Sergei Lavrov.",
			[]string{"kim-jong-un MEET sergey-lavrov 2021-06-07 asserted"}, []string{"kcna MEET"}},
		{"meet: discussed a topic with a partner", "2021-06-10", "Justin Trudeau discussed Arctic security with Jonas Gahr Store in Oslo on Monday.",
			[]string{"justin-trudeau MEET jonas-gahr-store 2021-06-07 asserted"}, nil},
		{"meet: a topic discussed is no partner", "2021-06-10", "Justin Trudeau discussed China with reporters on Monday.",
			nil, []string{"MEET"}},
		{"meet: a discussion expected is no sure meeting", "2021-06-10", "Justin Trudeau is expected to discuss trade with Joe Biden next week.",
			nil, []string{"MEET"}},

		// SIGN_AGREEMENT: documents signed, agreements reached
		{"sign: signatures put to the document", "2021-06-10", "Ilham Aliyev and Recep Tayyip Erdogan put their signatures to the document in Baku on Tuesday.",
			[]string{"ilham-aliyev SIGN_AGREEMENT recep-tayyip-erdogan 2021-06-08 asserted"}, nil},
		{"sign: an agreement reached", "2021-06-10", "Jordan and Iraq reached an agreement on oil pipelines on Tuesday.",
			[]string{"jordan SIGN_AGREEMENT iraq 2021-06-08 asserted"}, nil},
		{"sign: a figure reached is no agreement", "2021-06-10", "Trade between Jordan and Iraq reached $5 billion last year, according to official data.",
			nil, []string{"SIGN_AGREEMENT"}},
		{"sign: signed, according to a source, needs a text", "2021-06-10", "Jordan and Iraq signed on Tuesday, according to state media.",
			nil, []string{"SIGN_AGREEMENT"}},

		// MEET and VISIT: what one tells a leader, where one speaks
		{"meet: told a leader that", "2021-06-10", "Narendra Modi told Australian Prime Minister Scott Morrison that India would stand firm.",
			[]string{"narendra-modi MEET scott-morrison  asserted"}, nil},
		{"meet: told by phone that is no meeting", "2021-06-10", "Narendra Modi told Scott Morrison by phone that India would stand firm.",
			nil, []string{"MEET"}},
		{"meet: told a broadcaster is no meeting", "2021-06-10", "Scott Morrison told the ABC on Monday that the deal was dead.",
			nil, []string{"MEET"}},
		{"meet: told by a visitor described by a participle", "2021-06-10", "Boris Johnson, visiting Kyiv on Saturday, told Ukrainian President Volodymyr Zelensky that help was coming.",
			[]string{"boris-johnson MEET volodymyr-zelensky 2021-06-05 asserted"}, []string{"ukraine MEET"}},
		{"visit: said in a foreign capital", "2021-06-10", "Sergei Lavrov said in Ankara on Tuesday that the talks would go on.",
			[]string{"sergey-lavrov VISIT turkey 2021-06-08 asserted"}, nil},
		{"visit: told reporters abroad", "2021-06-10", "Olaf Scholz told reporters in Beijing on Friday that trade must be fair.",
			[]string{"olaf-scholz VISIT china 2021-06-04 asserted"}, nil},
		{"visit: in a foreign capital for talks", "2021-06-10", "Sergei Lavrov is in New Delhi for talks with Subrahmanyam Jaishankar.",
			[]string{"sergey-lavrov VISIT india  asserted"}, nil},
		{"visit: an appositive stay for a summit", "2021-06-10", "Olaf Scholz, in Jakarta for a regional summit, said on Monday that trade must be fair.",
			[]string{"olaf-scholz VISIT indonesia 2021-06-07 asserted"}, nil},
		{"visit: at home for talks is no visit", "2021-06-10", "Olaf Scholz is in Berlin for talks with Emmanuel Macron.",
			nil, []string{"VISIT"}},
		{"visit: speaking at home is no visit", "2021-06-10", "Olaf Scholz said in Berlin on Friday that trade must be fair.",
			nil, []string{"VISIT"}},

		// COOPERATE: bonds tightened without "agreed to", channels set up
		{"cooperate: pledged closer cooperation", "2021-06-10", "Canada and South Korea pledged closer cooperation on critical minerals on Tuesday.",
			[]string{"canada COOPERATE south-korea 2021-06-08 asserted"}, []string{"AID"}},
		{"cooperate: deepened ties with a partner", "2021-06-10", "Hungary deepened its ties with China in April.",
			[]string{"hungary COOPERATE china 2021-04 asserted"}, nil},
		{"cooperate: stepped up cooperation", "2021-06-10", "Iran and Iraq stepped up security cooperation along their border in May.",
			[]string{"iran COOPERATE iraq 2021-05 asserted"}, nil},
		{"cooperate: resumed relations", "2021-06-10", "Bahrain and Qatar resumed diplomatic relations on Monday.",
			[]string{"bahrain COOPERATE qatar 2021-06-07 asserted"}, nil},
		{"cooperate: exchanged ambassadors", "2021-06-10", "Turkey and Egypt exchanged ambassadors in July.",
			[]string{"turkey COOPERATE egypt 2020-07 asserted"}, nil},
		{"cooperate: exchanged fire is no bond", "2021-06-10", "India and Pakistan exchanged fire across the frontier on Monday.",
			nil, []string{"COOPERATE"}},
		{"cooperate: elevated ties to a partnership", "2021-06-10", "Indonesia and Australia elevated ties to a comprehensive strategic partnership on Friday.",
			[]string{"indonesia COOPERATE australia 2021-06-04 asserted"}, nil},
		{"cooperate: a strategic dialogue launched", "2021-06-10", "Brazil and Nigeria launched a strategic dialogue on Wednesday.",
			[]string{"brazil COOPERATE nigeria 2021-06-09 asserted"}, nil},
		{"cooperate: a hotline established", "2021-06-10", "Japan and China established a maritime hotline on Wednesday.",
			[]string{"japan COOPERATE china 2021-06-09 asserted"}, nil},
		{"cooperate: an aim to bolster ties is no act", "2021-06-10", "Pyongyang is reaching out to Vietnam to bolster diplomatic ties with its old allies.",
			nil, []string{"COOPERATE"}},
		{"cooperate: a statement on deepening ties is signed, not the deepening", "2021-06-10", "Serbia and Hungary signed a declaration on deepening their partnership on Monday.",
			[]string{"serbia SIGN_AGREEMENT hungary 2021-06-07 asserted"}, []string{"COOPERATE"}},
		{"cooperate: a bond being tightened is a trend", "2021-06-10", "Seoul and Canberra have been deepening their ties for years.",
			nil, []string{"COOPERATE"}},
		{"cooperate: broadened sanctions are no bond", "2021-06-10", "Canada broadened sanctions against Belarus on Monday.",
			nil, []string{"COOPERATE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summary(extractText(t, x, tt.published, tt.text))
			for _, w := range tt.want {
				if !contains(got, w) {
					t.Errorf("missing %q; got %q", w, got)
				}
			}
			for _, n := range tt.not {
				for _, g := range got {
					if strings.Contains(g, n) {
						t.Errorf("unexpected %q in %q", n, g)
					}
				}
			}
		})
	}
}
