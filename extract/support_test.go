package extract

import "testing"

// TestSupport covers the support, aid and signing shapes of support.go and
// the support/aid/signing lexicon.
func TestSupport(t *testing.T) {
	x := MustExtractor(t)
	tests := []struct {
		name, published, text string
		want                  []string // "subject REL object date modality"
		not                   []string
	}{
		{"aid: nationality adjective is the donor", "2021-03-10", "Russian aid to Venezuela reached Caracas on Tuesday.",
			[]string{"russia AID venezuela 2021-03-09 asserted"}, nil},
		{"aid: nationality adjective over modifiers", "2021-03-10", "Japanese emergency medical assistance for Tonga arrived on Monday.",
			[]string{"japan AID tonga 2021-03-08 asserted"}, nil},
		{"support: nationality adjective", "2021-03-10", "Turkish support for Azerbaijan surged on Monday.",
			[]string{"turkey SUPPORT azerbaijan 2021-03-08 asserted"}, nil},
		{"aid received from a determiner-led donor", "2019-05-02", "Somalia received emergency aid from the European Union on Tuesday.",
			[]string{"european-union AID somalia 2019-04-30 asserted"}, nil},
		{"support received: the giver backs the receiver", "2019-05-02", "Bolivia received strong support from Mexico on Tuesday.",
			[]string{"mexico SUPPORT bolivia 2019-04-30 asserted"}, []string{"bolivia SUPPORT mexico"}},
		{"support won: the giver backs the receiver", "2019-05-02", "Serbia won the backing of Hungary and Slovakia on Tuesday.",
			[]string{"hungary SUPPORT serbia 2019-04-30 asserted", "slovakia SUPPORT serbia 2019-04-30 asserted"},
			[]string{"serbia SUPPORT hungary", "hungary SUPPORT slovakia"}},
		{"support enjoyed", "2019-05-02", "Cuba enjoys the unwavering support of Venezuela, officials said on Tuesday.",
			[]string{"venezuela SUPPORT cuba"}, []string{"cuba SUPPORT venezuela"}},
		{"support voiced after had: not received", "2019-05-02", "Minsk had voiced full support for Moscow's position on Tuesday.",
			[]string{"belarus SUPPORT russia 2019-04-30 asserted"}, nil},
		{"support: defended a state's right", "2019-05-02", "Austria defended Croatia's right to police its frontier on Tuesday.",
			[]string{"austria SUPPORT croatia 2019-04-30 asserted"}, nil},
		{"support: defended its own right is no event", "2019-05-02", "Austria defended its right to police its frontier on Tuesday.",
			nil, []string{"austria SUPPORT"}},
		{"support: voted in favour of a state's motion", "2019-05-02", "Uruguay voted in favour of Paraguay's motion on Tuesday.",
			[]string{"uruguay SUPPORT paraguay 2019-04-30 asserted"}, nil},
		{"support: threw its support behind", "2019-05-02", "Algeria threw its support behind Tunisia on Tuesday.",
			[]string{"algeria SUPPORT tunisia 2019-04-30 asserted"}, nil},
		{"support: the target of a backed measure is not backed", "2019-05-02", "Uruguay backed new sanctions against Nicaragua on Tuesday.",
			nil, []string{"uruguay SUPPORT nicaragua"}},
		{"support: a motion condemning a state is not support for it", "2019-05-02", "Ghana voted in favour of a motion condemning Myanmar on Tuesday.",
			nil, []string{"ghana SUPPORT myanmar"}},
		{"support: the author of what is praised", "2019-05-02", "Sweden praised the role of Finland in the talks on Tuesday.",
			[]string{"sweden SUPPORT finland 2019-04-30 asserted"}, nil},
		{"sign: deal struck between", "2017-09-14", "Tariffs fell under a deal struck between Peru and Ecuador on Tuesday.",
			[]string{"peru SIGN_AGREEMENT ecuador 2017-09-12 asserted"}, nil},
		{"sign: appositive participle after the between phrase", "2017-09-14", "The water accord between Laos, Thailand and Cambodia, signed in Vientiane on Tuesday, sets quotas.",
			[]string{"laos SIGN_AGREEMENT thailand 2017-09-12 asserted", "laos SIGN_AGREEMENT cambodia 2017-09-12 asserted",
				"thailand SIGN_AGREEMENT cambodia 2017-09-12 asserted"}, nil},
		{"sign: fronted participle", "2017-09-14", "Signed in Lima on Tuesday, the fisheries pact between Peru and Chile sets quotas.",
			[]string{"peru SIGN_AGREEMENT chile 2017-09-12 asserted"}, nil},
		{"sign: an agreement between two states, not signed", "2017-09-14", "An accord between Peru and Chile remains elusive.",
			nil, []string{"peru SIGN_AGREEMENT"}},
		{"sign: finalised", "2017-09-14", "Bolivia and Paraguay finalised a border treaty on Tuesday.",
			[]string{"bolivia SIGN_AGREEMENT paraguay 2017-09-12 asserted"}, nil},
		{"sign: put their names to", "2017-09-14", "Bolivia and Paraguay put their names to a gas deal on Tuesday.",
			[]string{"bolivia SIGN_AGREEMENT paraguay 2017-09-12 asserted"}, nil},
		{"aid: an amount in support", "2016-02-03", "Denmark announced 30 million euros in new support for Malawi on Monday.",
			[]string{"denmark AID malawi 2016-02-01 asserted"}, []string{"denmark SUPPORT malawi"}},
		{"aid: financial support", "2016-02-03", "Kuwait pledged financial support to Jordan on Monday.",
			[]string{"kuwait AID jordan 2016-02-01 asserted"}, []string{"kuwait SUPPORT jordan"}},
		{"support: political support stays support", "2016-02-03", "Kuwait voiced political support for Jordan on Monday.",
			[]string{"kuwait SUPPORT jordan 2016-02-01 asserted"}, []string{"kuwait AID jordan"}},
		{"coordination over his <nationality> counterpart", "2019-11-20", "Shinzo Abe and his Indian counterpart Narendra Modi signed a currency swap deal on Monday.",
			[]string{"shinzo-abe SIGN_AGREEMENT narendra-modi 2019-11-18 asserted"}, nil},
		{"coordination over his counterpart", "2019-11-20", "Shinzo Abe and his counterpart Narendra Modi signed a currency swap deal on Monday.",
			[]string{"shinzo-abe SIGN_AGREEMENT narendra-modi 2019-11-18 asserted"}, nil},
		{"aid: from the giver to the recipient", "2023-02-15", "Aid from Norway to Malawi arrived on Monday.",
			[]string{"norway AID malawi 2023-02-13 asserted"}, nil},
		{"aid: recipient first, then the givers", "2023-02-15", "Food aid for Libya from Egypt and Tunisia arrived on Monday.",
			[]string{"egypt AID libya 2023-02-13 asserted", "tunisia AID libya 2023-02-13 asserted"}, nil},
		{"aid: asked for, nobody gives", "2023-02-15", "Chad asked for aid from Niger on Monday.",
			nil, []string{"niger AID chad 2023-02-13 asserted"}},
		{"sign: an MoU", "2023-02-15", "Rwanda and Burundi signed an MoU on fisheries on Monday.",
			[]string{"rwanda SIGN_AGREEMENT burundi 2023-02-13 asserted"}, nil},
		{"sign: several MoUs with a partner", "2023-02-15", "Rwanda signed four MoUs with Burundi on Monday.",
			[]string{"rwanda SIGN_AGREEMENT burundi 2023-02-13 asserted"}, nil},
		{"sign: memoranda", "2023-02-15", "Rwanda and Burundi signed memoranda on transport on Monday.",
			[]string{"rwanda SIGN_AGREEMENT burundi 2023-02-13 asserted"}, nil},
		{"aid: a national plane carrying aid lands", "2023-02-15", "A Jordanian aircraft carrying medical supplies landed in Beirut on Monday.",
			[]string{"jordan AID lebanon 2023-02-13 asserted"}, nil},
		{"aid: the cargo's nationality gives", "2023-02-15", "A truck convoy carrying Egyptian food aid reached Sudan on Monday.",
			[]string{"egypt AID sudan 2023-02-13 asserted"}, nil},
		{"aid: troops carried are no aid", "2023-02-15", "A Turkish plane carrying soldiers landed in Libya on Monday.",
			nil, []string{"turkey AID libya"}},
		{"support: voted for a state's draft", "2023-02-15", "Laos voted for Vietnam's draft resolution on Monday.",
			[]string{"laos SUPPORT vietnam 2023-02-13 asserted"}, nil},
		{"support: voted for a measure against a state", "2023-02-15", "Laos voted for an embargo on Myanmar on Monday.",
			nil, []string{"laos SUPPORT myanmar"}},
		{"sign: a weekday inside an agreement's name is no date", "2016-03-02", "Critics still debate the Good Friday Agreement that Britain and Ireland signed on April 10, 1998.",
			[]string{"united-kingdom SIGN_AGREEMENT ireland 1998-04-10 asserted"}, nil},
		{"sign: coordination over the Taoiseach title", "2019-01-10", "Theresa May and Irish Taoiseach Leo Varadkar signed a border protocol on November 14, 2018.",
			[]string{"theresa-may SIGN_AGREEMENT leo-varadkar 2018-11-14 asserted"}, nil},
		{"sign: the members of a body act as the body", "2019-01-10", "India and the members of the African Union adopted a joint declaration on Tuesday.",
			[]string{"india SIGN_AGREEMENT african-union 2019-01-08 asserted"}, nil},
		{"support: is a staunch supporter of", "2023-02-15", "Belarus is a staunch supporter of Russia.",
			[]string{"belarus SUPPORT russia"}, nil},
		{"support: has been the main backer of", "2023-02-15", "Iran has long been the main backer of Syria.",
			[]string{"iran SUPPORT syria"}, nil},
		{"support: supporters of a state are not the clause's subject", "2023-02-15", "Serbia arrested supporters of Kosovo on Monday.",
			nil, []string{"serbia SUPPORT kosovo"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := summary(extractText(t, x, tc.published, tc.text))
			for _, w := range tc.want {
				if !hasPrefix(got, w) {
					t.Errorf("missing %q in %v", w, got)
				}
			}
			for _, n := range tc.not {
				if hasPrefix(got, n) {
					t.Errorf("unexpected %q in %v", n, got)
				}
			}
		})
	}
}
