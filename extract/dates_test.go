package extract

import (
	"testing"
)

// TestExtractor_Extract_DatesModality covers where an event's date comes
// from and what its modality is: each case is "subject REL object date
// modality" lines that must be among the events (want) and substrings no
// event may contain (not).
func TestExtractor_Extract_DatesModality(t *testing.T) {
	x := MustExtractor(t)
	tests := []phenomenon{
		// modality
		{"is due to: planned, the weekday ahead", "2021-03-15", "Sergey Lavrov is due to hold talks with Wang Yi in Guilin on Thursday.",
			[]string{"sergey-lavrov MEET wang-yi 2021-03-18 planned"}, []string{"asserted"}},
		{"invited to pay a visit: the visit is planned", "2019-04-10", "Xi Jinping invited Vladimir Putin to pay a state visit to China.",
			[]string{"vladimir-putin VISIT china  planned"}, []string{"VISIT china  asserted"}},
		{"urged to impose sanctions: not asserted", "2021-05-20", "France urged Germany to impose sanctions on Iran.",
			nil, []string{"germany SANCTION iran  asserted", "germany SANCTION iran  planned"}},
		{"event noun subject of would: planned", "2019-02-01", "A Xi Jinping visit to Japan in April would mark a thaw.",
			[]string{"xi-jinping VISIT japan 2019-04 planned"}, []string{"2018-04"}},
		{"event noun subject of could: hypothetical", "2023-07-01", "A meeting between Wang Yi and Antony Blinken in Jakarta could ease tensions.",
			nil, []string{"MEET antony-blinken  asserted", "MEET wang-yi  asserted"}},
		{"ahead of a trip: the trip is planned and not dated by the arrival", "2022-05-23", "Joe Biden arrived in Tokyo on Sunday ahead of a trip to Seoul.",
			[]string{"joe-biden VISIT japan 2022-05-22 asserted"}, []string{"joe-biden VISIT south-korea 2022-05-22", "joe-biden VISIT south-korea 2022-05-29"}},
		{"for talks after a planned flight: planned, the talks' own day", "2023-07-10", "Antony Blinken will fly to Jakarta on Tuesday for talks with Wang Yi on Thursday.",
			[]string{"antony-blinken MEET wang-yi 2023-07-13 planned"}, []string{"MEET wang-yi 2023-07-11"}},
		{"would later in a past narrative: asserted", "2020-01-10", "Kim Jong-un visited Singapore in June 2018 and would later meet Donald Trump in Hanoi in February 2019.",
			[]string{"kim-jong-un MEET donald-trump 2019-02 asserted"}, nil},
		{"a time after the published date makes a plan", "2023-03-06", "Joe Biden visits India next week.",
			[]string{"joe-biden VISIT india 2023-03 planned"}, []string{"asserted"}},
		{"an offset after the participants dates the other event", "2023-03-20", "Antony Blinken landed in Seoul on March 3 and met with Yoon Suk Yeol, ten days before the allied drills began.",
			[]string{"antony-blinken MEET yoon-suk-yeol 2023-03-03 asserted"}, []string{"2023-03-13"}},
		{"a written date after the published date makes a plan", "2030-01-15", "Xi Jinping visits Russia on May 9, 2031.",
			[]string{"xi-jinping VISIT russia 2031-05-09 planned"}, nil},

		{"a future event noun that could happen: hypothetical", "2023-07-01", "A future meeting between Wang Yi and Antony Blinken could take place in Bali.",
			nil, []string{"MEET antony-blinken  planned", "MEET wang-yi  planned", "asserted"}},
		{"a noun its participle realises is asserted under another verb's modal", "2022-03-11", "Moscow would weather the sanctions imposed by Canada.",
			[]string{"canada SANCTION russia 2022-03-11 asserted"}, []string{"planned"}},

		{"denied meeting: negated", "2020-02-03", "Sergey Lavrov denied meeting Mike Pompeo in January.",
			[]string{"sergey-lavrov MEET mike-pompeo 2020-01 negated"}, []string{"asserted"}},
		{"ruled out a visit: negated", "2020-02-03", "Vladimir Putin ruled out a visit to Japan this year.",
			nil, []string{"VISIT japan 2020 asserted", "VISIT japan 2020 planned"}},

		{"denied that: negated", "2021-06-14", "Officials in Tokyo denied on Monday that a summit between Fumio Kishida and Joe Biden had been arranged.",
			nil, []string{"asserted", "planned"}},
		{"denied reports that: negated", "2021-06-14", "Beijing denied reports that Xi Jinping had invited Vladimir Putin to a forum.",
			nil, []string{"INVITE vladimir-putin 2021-06-14 asserted"}},
		{"weighing a plan: only an option", "2021-06-14", "Russia is weighing a plan to impose sanctions on Poland.",
			nil, []string{"SANCTION poland  planned", "SANCTION poland  asserted"}},

		{"after meeting: the meeting is fact whatever the clause hedges", "2023-09-15", "Xi Jinping hinted at possible joint drills with Russia after meeting Vladimir Putin in Samarkand on Thursday.",
			[]string{"xi-jinping MEET vladimir-putin 2023-09-14 asserted"}, nil},
		{"said that X would: a reported plan, dated by its report", "2023-02-09", "Xinhua said on Wednesday that China would provide emergency aid to Syria.",
			[]string{"china AID syria 2023-02-08 planned"}, []string{"hypothetical", "2023-02-15"}},
		{"said on a weekday it would: the plan is dated by the saying", "2022-02-24", "Beijing said on Monday it would impose sanctions on Canada.",
			[]string{"china SANCTION canada 2022-02-21 planned"}, []string{"2022-02-28"}},
		{"a speech act reported with would keeps the saying's time", "2021-09-01", "Serbia said in May 2021 that it would reject the European Union's proposal.",
			[]string{"serbia REJECT european-union 2021-05 asserted"}, nil},
		{"said that X would, on a condition: hypothetical", "2023-02-09", "Wang Yi told reporters that China would keep supporting Iran as long as it respected the deal.",
			nil, []string{"china SUPPORT iran 2023-02-09 planned", "wang-yi SUPPORT iran 2023-02-09 planned"}},
		{"pledged at a summit: the summit is where the pledge was made", "2017-12-01", "Canada and Mexico pledged to deepen their partnership at a summit in Ottawa in November 2017.",
			[]string{"canada MEET mexico 2017-11 asserted"}, []string{"MEET mexico 2017-11 planned"}},
		{"ahead of a summit long past: not a plan", "2020-01-10", "Kim Jong-un arrived in Hanoi on February 26, 2019, ahead of his second summit with Donald Trump.",
			[]string{"kim-jong-un MEET donald-trump 2019-02-26 asserted"}, nil},

		{"an arrival relative clause sets the scene of the main event", "2022-07-01", "Narendra Modi, who landed in Tokyo on June 22, 2022, was greeted by Fumio Kishida at the airport.",
			[]string{"fumio-kishida HOST narendra-modi 2022-06-22 asserted"}, nil},
		{"an arrival relative clause in the past perfect sets the scene too", "2021-03-18", "Antony Blinken, who had landed in Tokyo on Monday, also called on Prime Minister Yoshihide Suga.",
			[]string{"antony-blinken MEET yoshihide-suga 2021-03-15 asserted"}, nil},
		{"a background relative clause does not date the main event", "2022-07-01", "Vladimir Putin, who annexed Crimea in 2014, criticized NATO.",
			[]string{"vladimir-putin CRITICIZE nato 2022-07-01 asserted"}, []string{"CRITICIZE nato 2014"}},
		{"a time closing the sentence's opener scopes over it", "2018-01-10", "In a statement carried by KCNA on December 3, 2017, Kim Jong-un called Moon Jae-in a traitor.",
			[]string{"kim-jong-un CRITICIZE moon-jae-in 2017-12-03 asserted"}, nil},

		{"talks that began on one day and ended on another: their month", "2021-03-12", "The talks between Antony Blinken and Wang Yi, which began on Monday, ended on Wednesday.",
			[]string{"antony-blinken MEET wang-yi 2021-03 asserted"}, []string{"2021-03-08"}},
		{"a span across months is dated by the month it starts in", "2010-11-27", "Japan and Australia will hold joint naval drills from Sunday through Dec. 2.",
			[]string{"japan MILITARY_COOPERATION australia 2010-11 planned"}, nil},
		{"agreed to meet at a summit: the summit is the plan", "2021-03-12", "China and Russia agreed to meet at a summit in Moscow.",
			nil, []string{"asserted"}},

		{"has yet to: negated", "2021-03-12", "Joe Biden has yet to visit India.",
			[]string{"joe-biden VISIT india  negated"}, []string{"asserted"}},
		{"no date has been set: a plan, not a denial", "2021-03-12", "No date has been set for a visit by Joe Biden to India.",
			[]string{"joe-biden VISIT india  planned"}, []string{"negated"}},
		{"skipped the summit: negated", "2021-03-12", "Justin Trudeau skipped the summit with Narendra Modi.",
			[]string{"justin-trudeau MEET narendra-modi  negated"}, []string{"asserted"}},
		{"stopped short of: negated", "2021-03-12", "Japan stopped short of criticizing China.",
			nil, []string{"asserted"}},
		{"refrained from: negated", "2021-03-12", "Germany refrained from criticizing Russia.",
			nil, []string{"asserted"}},
		{"rejected calls to: the act called for is not asserted", "2021-03-12", "France rejected calls to impose sanctions on Iran.",
			nil, []string{"SANCTION iran  asserted", "SANCTION iran  planned"}},

		{"a time in a document's name yields to the event's own", "2018-09-19", "Vladimir Putin and Xi Jinping signed the Moscow Declaration of September 2018 in the Kremlin today.",
			[]string{"vladimir-putin SIGN_AGREEMENT xi-jinping 2018-09-19 asserted"}, nil},

		{"a time in a participle clause on the object dates that clause", "2019-06-12", "Xi Jinping met Vladimir Putin in Moscow on Monday. Xi praised the efforts made by Russia to ease tension this year.",
			[]string{"xi-jinping SUPPORT russia 2019-06-10 asserted"}, []string{"SUPPORT russia 2019 "}},

		{"a year before an event noun dates that noun", "2020-01-10", "Donald Trump recalled his 2019 summit with Kim Jong-un. The 2018 summit between Moon Jae-in and Kim Jong-un eased tensions.",
			[]string{"donald-trump MEET kim-jong-un 2019 asserted", "moon-jae-in MEET kim-jong-un 2018 asserted"}, nil},
		{"a year before another noun dates no event, nor the next sentence", "2020-01-10", "Japan criticized the 2018 agreement between South Korea and North Korea. Japan also met South Korea.",
			nil, []string{"CRITICIZE south-korea 2018", "CRITICIZE north-korea 2018", "MEET south-korea 2018"}},

		// statements reported without a time
		{"announced sanctions without a time: the story's present", "2022-02-24", "Britain announced its own sanctions on Russia.",
			[]string{"united-kingdom SANCTION russia 2022-02-24 asserted"}, nil},
		{"a visit without a time stays undated", "2022-02-24", "Boris Johnson visited Kyiv.",
			[]string{"boris-johnson VISIT ukraine  asserted"}, nil},
		{"an undated statement restated with its time is one event", "2010-05-25", "Washington quickly backed Seoul. The White House said on Monday that the United States fully supports South Korea.",
			[]string{"united-states SUPPORT south-korea 2010-05-24 asserted"}, []string{"SUPPORT south-korea 2010-05-25"}},
		{"present perfect without a time: news of the day", "2022-02-24", "Russia has launched a full-scale invasion of Ukraine.",
			[]string{"russia ATTACK ukraine 2022-02-24 asserted"}, nil},
		{"an experiential present perfect has no one date", "2022-11-20", "Joe Biden has met Xi Jinping twice.",
			[]string{"joe-biden MEET xi-jinping  asserted"}, []string{"2022-11-20"}},
		{"a past perfect is background, not the present", "2022-11-20", "Joe Biden had met Xi Jinping in Bali.",
			[]string{"joe-biden MEET xi-jinping  asserted"}, []string{"2022-11-20"}},
		{"the lead's day before publication is the story's present", "2021-06-08", "Joe Biden met Fumio Kishida on Monday. Canada criticized Peru.",
			[]string{"canada CRITICIZE peru 2021-06-07 asserted"}, []string{"2021-06-08"}},
		{"a lead on the published day keeps it", "2021-06-08", "Joe Biden met Fumio Kishida on Tuesday. Canada criticized Peru.",
			[]string{"canada CRITICIZE peru 2021-06-08 asserted"}, nil},
		{"a lead told on the published day, its only event the day before: the published day", "2021-06-08", "Iran seized a tanker on Tuesday, a day after Vladimir Putin met Xi Jinping. Canada criticized Peru.",
			[]string{"vladimir-putin MEET xi-jinping 2021-06-07 asserted", "canada CRITICIZE peru 2021-06-08 asserted"}, nil},
		{"the same day after a statement in the present: its day", "2021-06-08", "Canada criticized Peru. The same day, Brazil imposed sanctions on Chile.",
			[]string{"brazil SANCTION chile 2021-06-08 asserted"}, nil},

		{"an invitation reported in the present: the published date", "2019-07-01", "Donald Trump said he had invited Moon Jae-in to Washington.",
			[]string{"donald-trump INVITE moon-jae-in 2019-07-01 asserted"}, nil},

		{"that day: the last day the sentence before named", "2019-04-26", "On Friday, Xi Jinping opened a forum in Beijing, days after a pact that he had signed on Tuesday. Speaking that day, Xi criticized Japan.",
			[]string{"xi-jinping CRITICIZE japan 2019-04-23 asserted"}, nil},
		{"the event told before came as another: its date", "2022-05-23", "North Korea fired a missile on Sunday. Officials said it flew 600 km. The launch came as Joe Biden arrived in Tokyo.",
			[]string{"joe-biden VISIT japan 2022-05-22 asserted"}, nil},
		{"a time past a later conjoined predicate is that predicate's", "2016-02-02", "Wang Yi criticized Tokyo over its defense budget, and warned that Beijing would end a fishery accord both sides signed in June 2015.",
			[]string{"wang-yi CRITICIZE japan 2016-02-02 asserted"}, []string{"CRITICIZE japan 2015"}},

		{"a when clause right after the trigger sets it at that time", "2022-09-15", "Canada and Mexico agreed to deepen cooperation on energy when Justin Trudeau met the Mexican president in Ottawa on August 5, 2022.",
			[]string{"canada COOPERATE mexico 2022-08-05 asserted"}, nil},
		{"a when clause after another verb dates that verb", "2022-09-15", "Canada and Mexico agreed on Monday to deepen the cooperation they began when the two leaders met in May.",
			[]string{"canada COOPERATE mexico 2022-09-12 asserted"}, []string{"COOPERATE mexico 2022-05"}},
		{"a relative clause runs on over the comma of its date", "2022-03-04", "Narendra Modi, who flew to Tokyo on February 5, 2020 to show solidarity with Japan, spoke later.",
			[]string{"narendra-modi SUPPORT japan 2020-02-05 asserted"}, nil},
		{"an event during a planned stay is planned", "2015-03-01", "Xi Jinping is expected to sign a long list of trade and energy deals during a state visit to Washington in September.",
			[]string{"xi-jinping VISIT united-states 2015-09 planned"}, []string{"2014-09"}},

		// a person's undated act goes on from that person's own last event
		{"a person's own day before the day of a sentence sharing a state", "2023-06-20", "On Sunday, Antony Blinken met Qin Gang, then met Wang Yi on Monday. The United States and China agreed to stabilize ties. Wang Yi criticized the United States.",
			[]string{"wang-yi CRITICIZE united-states 2023-06-19 asserted"}, nil},
		{"a person's event of another year is another episode", "2019-05-01", "Vladimir Putin met Kim Jong-il in July 2000. Kim Jong-un visited Russia in April 2019. Russia praised North Korea. Putin praised Kim Jong-un.",
			[]string{"vladimir-putin SUPPORT kim-jong-un 2019-04 asserted"}, nil},

		// a named gathering dated before
		{"on the sidelines of a summit dated before", "2022-11-20", "Leaders gathered for the G20 summit in Bali on Tuesday. Joe Biden met Xi Jinping on the sidelines of the G20 summit.",
			[]string{"joe-biden MEET xi-jinping 2022-11-15 asserted"}, nil},

		{"a present-tense move with a weekday is scheduled", "2023-07-10", "Antony Blinken heads to Tokyo on Thursday.",
			[]string{"antony-blinken VISIT japan 2023-07-13 planned"}, []string{"asserted"}},
		{"an event before which a plan happens is planned", "2024-05-01", "Wang Yi is scheduled to visit Tokyo on Monday before a summit with Fumio Kishida.",
			[]string{"wang-yi VISIT japan 2024-05-06 planned"}, []string{"asserted"}},
		{"agreeing to deepen cooperation is the cooperation", "2024-05-01", "Japan and Australia agreed to deepen their defense cooperation.",
			nil, []string{"planned"}},
		{"agreeing to hold drills is military cooperation, asserted", "2024-05-01", "Canada and Brazil agreed to hold joint naval drills.",
			[]string{"canada MILITARY_COOPERATION brazil  asserted"}, []string{"planned"}},
		{"pledging a concrete act plans the act", "2024-05-01", "Canada and Brazil pledged to hold joint naval drills.",
			[]string{"canada MILITARY_COOPERATION brazil  planned"}, []string{"asserted"}},
		{"warned it would: a plan", "2006-10-11", "Tokyo warned it would impose sanctions on Pyongyang.",
			[]string{"japan SANCTION north-korea  planned"}, []string{"hypothetical"}},
		{"a draft that would: a plan", "2006-10-11", "Canada circulated a draft resolution that would impose sanctions on Iran.",
			[]string{"canada SANCTION iran  planned"}, []string{"hypothetical"}},
		{"announced that it would reject: the statement is the act", "2017-06-01", "Serbia announced in April 2017 that it would reject the European Union's demands.",
			[]string{"serbia REJECT european-union 2017-04 asserted"}, nil},

		// a time inside the infinitive dates the later event, not the act
		{"a target year inside the infinitive: not the agreement's date", "2024-05-01", "Peru and Chile agreed to strengthen economic ties by 2031.",
			[]string{"peru COOPERATE chile 2024-05-01 asserted"}, []string{"2031"}},
		{"invited to attend in a month: the month is the forum's", "2021-05-20", "Brazil invited Peru to attend a trade forum in October.",
			[]string{"brazil INVITE peru 2021-05-20 asserted"}, []string{"2020-10"}},
		{"invited to visit later this year: the visit's time", "2019-04-10", "Xi Jinping invited Vladimir Putin to visit China later this year.",
			[]string{"xi-jinping INVITE vladimir-putin 2019-04-10 asserted", "vladimir-putin VISIT china 2019 planned"}, []string{"INVITE vladimir-putin 2019 "}},

		// times from the sentences before
		{"the next day: a day after the last sentence's date", "2021-03-24", "Sergey Lavrov arrived in Beijing on Monday. The next day he met Wang Yi.",
			[]string{"sergey-lavrov MEET wang-yi 2021-03-23 asserted"}, nil},
		{"the following day in the same sentence", "2021-03-24", "Sergey Lavrov arrived in Beijing on Monday and met Wang Yi the following day.",
			[]string{"sergey-lavrov VISIT china 2021-03-22 asserted", "sergey-lavrov MEET wang-yi 2021-03-23 asserted"}, nil},
		{"two days later: after the anchor, not before", "2021-03-26", "Sergey Lavrov arrived in Beijing on Monday. Two days later, Lavrov met Wang Yi.",
			[]string{"sergey-lavrov MEET wang-yi 2021-03-24 asserted"}, nil},
		{"earlier in the day: the day just told", "2021-03-24", "Sergey Lavrov met Wang Yi in Guilin on Monday. Lavrov had arrived in China earlier in the day.",
			[]string{"sergey-lavrov VISIT china 2021-03-22 asserted"}, nil},
		{"a day before the talks: the day before the talks' day", "2003-08-30", "Six-nation talks opened in Beijing on Wednesday. A day before the talks opened, Antony Blinken and Wang Yi held consultations.",
			[]string{"antony-blinken MEET wang-yi 2003-08-26 asserted"}, nil},
		{"within hours: the day just told", "2014-03-21", "Canada imposed sanctions on Russia on Thursday. Moscow hit back within hours, imposing sanctions on Canada.",
			[]string{"russia SANCTION canada 2014-03-20 asserted"}, nil},
		{"within hours after an undated sentence: the day told last", "2014-03-21", "Canada imposed sanctions on Russia on Thursday. Ottawa also froze some assets. Moscow hit back within hours, imposing sanctions on Canada.",
			[]string{"russia SANCTION canada 2014-03-20 asserted"}, nil},
		{"a day after, with no time in the sentence: from the recent day", "2006-10-10", "North Korea said Monday it had tested a bomb. Officials in Seoul were alarmed. The test came as Shinzo Abe arrived in Seoul, a day after he held talks with Hu Jintao.",
			[]string{"shinzo-abe MEET hu-jintao 2006-10-08 asserted"}, nil},
		{"later goes on with the day just told", "2023-03-20", "Japan and South Korea signed a trade pact on Sunday. Fumio Kishida later hosted Yoon Suk Yeol at a dinner.",
			[]string{"fumio-kishida HOST yoon-suk-yeol 2023-03-19 asserted"}, nil},
		// forms of time resolved against the published date
		{"overnight: the night ending on the published day", "2024-01-12", "Britain struck Yemen overnight, officials said.",
			[]string{"united-kingdom ATTACK yemen 2024-01-12 asserted"}, nil},
		{"a season with its year: the year", "2024-01-12", "Olaf Scholz met Giorgia Meloni in the summer of 2022.",
			[]string{"olaf-scholz MEET giorgia-meloni 2022 asserted"}, nil},
		{"a season without a year: the latest one begun", "2023-11-02", "Olaf Scholz met Giorgia Meloni in the spring.",
			[]string{"olaf-scholz MEET giorgia-meloni 2023 asserted"}, nil},
		{"days written with the month once: their month", "2023-11-02", "Olaf Scholz visited Nigeria from October 29 to 31.",
			[]string{"olaf-scholz VISIT nigeria 2023-10 asserted"}, []string{"2023-10-29"}},
		{"a number after a date that is no day keeps the day", "2023-11-02", "Olaf Scholz visited Nigeria on October 29 and 30 soldiers died.",
			[]string{"olaf-scholz VISIT nigeria 2023-10-29 asserted"}, nil},
		{"last with a weekday is not yesterday", "2023-11-03", "Olaf Scholz met Giorgia Meloni last Thursday.",
			[]string{"olaf-scholz MEET giorgia-meloni 2023-10-26 asserted"}, []string{"2023-11-02"}},

		// a time in the complement of a light-verb invitation or a past when-clause
		{"an invitation extended to visit next spring: the visit's time", "2023-11-02", "Olaf Scholz extended an invitation to Giorgia Meloni to visit Berlin next spring.",
			[]string{"olaf-scholz INVITE giorgia-meloni 2023-11-02 asserted", "giorgia-meloni VISIT germany 2024 planned"}, []string{"INVITE giorgia-meloni 2024"}},
		{"invited for a summit in a season not yet over: the summit's time", "2023-10-20", "Olaf Scholz has invited Giorgia Meloni to Berlin for talks in the autumn, his spokesman said on October 2, 2023.",
			[]string{"olaf-scholz INVITE giorgia-meloni 2023-10-02 asserted"}, []string{"INVITE giorgia-meloni 2023 "}},
		{"agreed to resume talks when they met: the meeting's time, asserted once", "2023-11-02", "Olaf Scholz and Giorgia Meloni agreed to resume negotiations when they met at a forum in Rome in September.",
			[]string{"olaf-scholz COOPERATE giorgia-meloni 2023-09 asserted", "olaf-scholz MEET giorgia-meloni 2023-09 asserted"}, []string{"2024-09", "MEET giorgia-meloni 2023-09 planned"}},

		// repeats, background clauses
		{"repeats within a year: the year holds them", "2023-03-15", "In 2019, Pedro Sanchez and Emmanuel Macron met four times.",
			[]string{"pedro-sanchez MEET emmanuel-macron 2019 asserted"}, nil},
		{"repeats on one day name no day", "2023-03-15", "Pedro Sanchez met Emmanuel Macron several times on Tuesday.",
			[]string{"pedro-sanchez MEET emmanuel-macron  asserted"}, []string{"2023-03-14"}},
		{"a month of a past trip in the subject's relative clause is background to a statement", "2023-03-15", "Pedro Sanchez, who visited China in April last year, criticized Russia.",
			[]string{"pedro-sanchez CRITICIZE russia 2023-03-15 asserted"}, []string{"CRITICIZE russia 2022-04"}},

		{"a reaction in the present is today's, the act it reacts to keeps its time", "2023-03-15", "Australia slams the tariffs China imposed last week.",
			[]string{"australia CRITICIZE china 2023-03-15 asserted"}, []string{"CRITICIZE china 2023-03 "}},
		{"a present statement dated by the reporting verb after it", "2023-03-15", "Canada backs Mexico's bid, Justin Trudeau told reporters on Monday.",
			[]string{"canada SUPPORT mexico 2023-03-13 asserted"}, []string{"SUPPORT mexico 2023-03-15"}},

		{"a feast named after a weekday does not date by the week", "2024-04-02", "Azerbaijani artillery shelled Armenian villages on March 24 as worshippers marked Palm Sunday.",
			[]string{"azerbaijan ATTACK armenia 2024-03-24 asserted"}, []string{"2024-03-31"}},
		{"an opening time yields to a later one of the trigger's clause that narrows it", "2023-11-20", "Earlier this year, Pretoria welcomed Kenyan President William Ruto, who was received by President Cyril Ramaphosa in July.",
			[]string{"cyril-ramaphosa HOST william-ruto 2023-07 asserted"}, []string{"cyril-ramaphosa HOST william-ruto 2023 "}},
		{"an opening time still holds over a later time it does not contain", "2023-11-20", "In 2019, Ruto met Ramaphosa for talks in Pretoria on Tuesday.",
			nil, []string{"MEET cyril-ramaphosa 2023-11"}},
		{"due in a capital on a weekday: the coming one", "2023-03-15", "Annalena Baerbock is due in Beijing on Friday for talks with Wang Yi.",
			[]string{"annalena-baerbock MEET wang-yi 2023-03-17 planned"}, []string{"2023-03-10"}},
		{"expected at a place on a weekday: the coming one", "2023-03-15", "Annalena Baerbock is expected in Beijing on Monday for talks with Wang Yi, officials said.",
			[]string{"annalena-baerbock MEET wang-yi 2023-03-20 planned"}, []string{"2023-03-13"}},
		{"control: a meeting told in the past keeps the past weekday", "2023-03-15", "Annalena Baerbock met Wang Yi in Beijing on Monday.",
			[]string{"annalena-baerbock MEET wang-yi 2023-03-13 asserted"}, nil},
		{"a deadline after 'by' does not date a meeting told as done", "2023-03-15", "William Ruto and Yoweri Museveni agreed on Monday to reopen the border by mid-April, closing the first summit between the two presidents.",
			[]string{"william-ruto MEET yoweri-museveni 2023-03-13 asserted"}, []string{"MEET yoweri-museveni 2023-04", "MEET yoweri-museveni 2022-04"}},
		{"'expect to' a later act: planned, dated ahead", "2023-03-15", "Ruto is due in Kampala in May, when Kenya and Uganda expect to sign a pipeline deal.",
			[]string{"kenya SIGN_AGREEMENT uganda 2023-05 planned"}, []string{"2022-05"}},
		{"'whether ... were expecting to' plans nothing", "2023-03-15", "William Ruto led a delegation to Kampala on Tuesday, though aides would not say whether they were expecting to meet Yoweri Museveni.",
			nil, []string{"william-ruto MEET yoweri-museveni 2023-03-14 planned", "william-ruto MEET yoweri-museveni 2023-03-14 asserted"}},
		{"a time inside a since-clause is not the story's time for the next sentence", "2023-03-15", "A soldier was killed near the border, the first death since Ethiopian troops crossed into the region late last month. Kenya's president William Ruto condemned Ethiopia.",
			[]string{"william-ruto CRITICIZE ethiopia 2023-03-15 asserted"}, []string{"CRITICIZE ethiopia 2023-02"}},
		{"a present-perfect habit over recent years stays undated", "2023-03-15", "France has steadily criticized Mali in recent years.",
			nil, []string{"france CRITICIZE mali 2023-03-15"}},
		{"a present perfect with years after it is a habit", "2023-03-15", "Germany has hosted Ukrainian ministers many times over the past years.",
			nil, []string{"HOST ukraine 2023-03-15"}},
		{"control: a present perfect without a habit is the day's news", "2023-03-15", "France has recalled its ambassador to Mali.",
			nil, []string{"france CRITICIZE mali 2023-03 "}},
		{"years later is no narrative later", "2023-03-20", "Japan and South Korea signed a trade pact on Sunday. Years later, Fumio Kishida hosted Yoon Suk Yeol at a dinner.",
			nil, []string{"HOST yoon-suk-yeol 2023-03-19"}},
	}
	runPhenomena(t, x, tests, caseCheck{})
}

// TestFindTimexes_RelativeForms covers the relative expressions resolved
// against the published date beyond TestFindTimexes_Forms.
func TestFindTimexes_RelativeForms(t *testing.T) {
	pub := mustDate(t, "2019-04-24") // a Wednesday
	tests := []struct {
		text, past, fut string
		ahead           bool
	}{
		{"in June last year", "2018-06", "2018-06", false},
		{"on May 9 next year", "2020-05-09", "2020-05-09", false},
		{"in March this year", "2019-03", "2019-03", false},
		{"on Monday of last week", "2019-04-15", "2019-04-15", false},
		{"on Thursday next week", "2019-05-02", "2019-05-02", false},
		{"this morning", "2019-04-24", "2019-04-24", false},
		{"last night", "2019-04-23", "2019-04-23", false},
		{"over the weekend", "2019-04", "2019-04", false},
		{"next weekend", "2019-04", "2019-04", true},
		{"tomorrow", "2019-04-25", "2019-04-25", true},
		{"next month", "2019-05", "2019-05", true},
		{"later this year", "2019", "2019", true},
		{"next Friday", "2019-04-26", "2019-04-26", true},
		{"last month", "2019-03", "2019-03", false},
		{"in mid-March", "2019-03", "2020-03", false},
		{"on the 5th of March", "2019-03-05", "2020-03-05", false},
		{"on the 21st of June 2017", "2017-06-21", "2017-06-21", false},
		{"on Sunday, March 3", "2019-03-03", "2020-03-03", false},
		{"this past weekend", "2019-04", "2019-04", false},
		{"in mid-2018", "2018", "2018", false},
		{"next spring", "2020", "2020", true},
		{"next autumn", "2019", "2019", true},
		{"last summer", "2018", "2018", false},
		{"this summer", "2019", "2019", false},
		{"last Tuesday", "2019-04-16", "2019-04-16", false},
		{"last Monday", "2019-04-22", "2019-04-22", false},
		{"overnight", "2019-04-24", "2019-04-24", false},
		{"in the early hours", "2019-04-24", "2019-04-24", false},
		{"earlier in the week", "2019-04", "2019-04", false},
		{"at the start of the year", "2019", "2019", false},
		{"at the end of the month", "2019-04", "2019-04", false},
		{"in the spring", "2019", "2019", false},
		{"in the autumn", "2018", "2019", false},
		{"in late summer", "2018", "2019", false},
		{"in spring 2021", "2021", "2021", false},
		{"during the summer of 2017", "2017", "2017", false},
		{"on 2018/11/05", "2018-11-05", "2018-11-05", false},
		{"on 25/12/2018", "2018-12-25", "2018-12-25", false},
		{"on 12/25/2018", "2018-12-25", "2018-12-25", false},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, 0, len(tt.text))
		tx := findTimexes(toks, pub)
		if len(tx) != 1 || tx[0].past != tt.past || tx[0].fut != tt.fut || tx[0].ahead != tt.ahead {
			t.Errorf("%q: got %+v, want past %s fut %s ahead %v", tt.text, tx, tt.past, tt.fut, tt.ahead)
		}
	}
}

// TestFindTimexes_NotTimes covers words that look like times but date
// nothing: a season in a name, an adjectival "overnight", a slashed date
// whose order of day and month is unknown, days of a week not its own.
func TestFindTimexes_NotTimes(t *testing.T) {
	pub := mustDate(t, "2019-04-24")
	for _, text := range []string{"during the Arab Spring", "an overnight stay", "overnight talks", "on 03/04/2018",
		"in the winter", "the end of the week", "in the early hours of",
		"as pilgrims marked Palm Sunday", "since Bloody Sunday", "the Super Tuesday primaries", "on Good Friday"} {
		toks := tokenize(text, 0, len(text))
		if tx := findTimexes(toks, pub); len(tx) != 0 {
			t.Errorf("%q: got %+v, want no time", text, tx)
		}
	}
}

// TestFindTimexes_NextDay covers the shifts from the day mentioned last,
// anchored in the sentence or by anchorOffsets.
func TestFindTimexes_NextDay(t *testing.T) {
	pub := mustDate(t, "2019-04-24")
	tests := []struct{ text, prev, want string }{
		{"the next day", "2019-04-20", "2019-04-21"},
		{"the following morning", "2019-04-20", "2019-04-21"},
		{"the previous day", "2019-04-20", "2019-04-19"},
		{"two days later", "2019-04-20", "2019-04-22"},
		{"three days earlier", "2019-04-20", "2019-04-17"},
		{"the next day", "", ""},
		{"the next day", "2019-04", ""},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, 0, len(tt.text))
		tx := anchorOffsets(findTimexes(toks, pub), tt.prev)
		if len(tx) != 1 || tx[0].past != tt.want {
			t.Errorf("%q after %q: got %+v, want %s", tt.text, tt.prev, tx, tt.want)
		}
	}
}

// TestExtractor_Extract_RoundOffsets: a shift counted in months or years
// ("four months after") dates only the month or the year it lands in; one
// counted in days still gives the day.
func TestExtractor_Extract_RoundOffsets(t *testing.T) {
	x := MustExtractor(t)
	tests := []phenomenon{
		{"months after the day just told: the month", "2022-03-10", "Lula da Silva met Joe Biden on Wednesday. Three months earlier, Lula had visited Buenos Aires.",
			[]string{"lula-da-silva VISIT argentina 2021-12 asserted"}, []string{"argentina 2021-12-"}},
		{"a year before the day just told: the year", "2022-03-10", "Lula da Silva met Joe Biden on Wednesday. A year before, Lula had visited Buenos Aires.",
			[]string{"lula-da-silva VISIT argentina 2021 asserted"}, []string{"argentina 2021-03-"}},
		{"days after: still the day", "2022-03-10", "Lula da Silva met Joe Biden on Wednesday. Two days earlier, Lula had visited Buenos Aires.",
			[]string{"lula-da-silva VISIT argentina 2022-03-07 asserted"}, nil},
	}
	runPhenomena(t, x, tests, caseCheck{})
}

// TestExtractor_Extract_OffsetFromComingTime: an act told as done in an
// "after" clause of a coming event is dated back from the coming time, not
// by it, and is asserted; a shift in months from a month lands in a month.
func TestExtractor_Extract_OffsetFromComingTime(t *testing.T) {
	x := MustExtractor(t)
	tests := []phenomenon{
		{"months before next week's visit", "2021-05-12", "Antony Blinken will visit Tokyo next week, three months after Lloyd Austin visited Seoul.",
			[]string{"antony-blinken VISIT japan 2021-05 planned", "lloyd-austin VISIT south-korea 2021-02 asserted"}, []string{"south-korea 2021-05"}},
		{"years before a month", "2021-05-12", "Antony Blinken visited Tokyo in March, two years after Mike Pompeo visited Seoul.",
			[]string{"antony-blinken VISIT japan 2021-03 asserted", "mike-pompeo VISIT south-korea 2019 asserted"}, nil},
		{"a vague shift: done, but no time of its own", "2021-05-12", "Antony Blinken will visit Tokyo next week, weeks after Lloyd Austin visited Seoul.",
			[]string{"antony-blinken VISIT japan 2021-05 planned", "lloyd-austin VISIT south-korea  asserted"}, []string{"lloyd-austin VISIT south-korea 2021-05"}},
	}
	runPhenomena(t, x, tests, caseCheck{})
}

// TestExtractor_Extract_StatementCarried: the time of "a statement carried
// by KCNA on Monday" is when the words were said, so it dates the
// criticism or threat they make; the time of an act "conducted by X on
// Monday" stays the act's.
func TestExtractor_Extract_StatementCarried(t *testing.T) {
	x := MustExtractor(t)
	tests := []phenomenon{
		{"a statement carried by state media", "2017-08-10", "North Korea denounced Japan in a statement carried by KCNA on Tuesday.",
			[]string{"north-korea CRITICIZE japan 2017-08-08 asserted"}, nil},
		{"a commentary published by a newspaper", "2017-08-10", "Pyongyang slammed Tokyo in a commentary published by the Rodong Sinmun on Tuesday.",
			[]string{"north-korea CRITICIZE japan 2017-08-08 asserted"}, nil},
		{"an act conducted by its doer keeps its time", "2017-08-10", "Pyongyang on Wednesday slammed the drills conducted by Tokyo on Tuesday.",
			[]string{"north-korea CRITICIZE japan 2017-08-09 asserted"}, []string{"CRITICIZE japan 2017-08-08"}},
	}
	runPhenomena(t, x, tests, caseCheck{})
}

// TestExtractor_Extract_OpenerAndAdjunct: an opening time ("Last month,
// ...") scopes over the main clause, not over an adjunct clause after it
// that gives its own time.
func TestExtractor_Extract_OpenerAndAdjunct(t *testing.T) {
	x := MustExtractor(t)
	tests := []phenomenon{
		{"the adjunct's own month", "2019-11-20", "Last month, Vladimir Putin hosted Recep Tayyip Erdogan in Sochi, weeks after the two leaders met at a summit of the Turkic Council in September.",
			[]string{"vladimir-putin MEET recep-tayyip-erdogan 2019-09 asserted"}, nil},
		{"the opener still dates the main clause", "2019-11-20", "Last month, Vladimir Putin met Recep Tayyip Erdogan in Sochi after talks between their aides.",
			[]string{"vladimir-putin MEET recep-tayyip-erdogan 2019-10 asserted"}, nil},
	}
	runPhenomena(t, x, tests, caseCheck{})
}

// TestExtractor_Extract_CommitmentTime: a plan made at a told time ("In
// October, X agreed to impose ...") is dated by the agreeing, in the past;
// a time after the planned act is the plan's own.
func TestExtractor_Extract_CommitmentTime(t *testing.T) {
	x := MustExtractor(t)
	tests := []phenomenon{
		{"an opening month before the agreeing", "2022-12-22", "In October, the European Union agreed to impose a price cap on Russian oil.",
			[]string{"european-union SANCTION russia 2022-10 planned"}, []string{"2023-10"}},
		{"a weekday before the pledge", "2022-12-22", "Japan on Monday pledged to send rice to Nepal.",
			[]string{"japan AID nepal 2022-12-19 asserted"}, []string{"2022-12-26"}},
		{"the plan's own time after it", "2022-12-22", "Japan and Nepal agreed on Monday to hold talks next month.",
			[]string{"japan MEET nepal 2023-01 planned"}, nil},
	}
	runPhenomena(t, x, tests, caseCheck{})
}

// TestExtractor_Extract_TrailingReportTime: a time in a trailing
// attribution ("..., Kishida said on Wednesday") is when the plan was
// told, never a coming day; a time before the attribution is the plan's.
func TestExtractor_Extract_TrailingReportTime(t *testing.T) {
	x := MustExtractor(t)
	tests := []phenomenon{
		{"the saying's day dates a plan told before it", "2022-12-22", "Seoul will send rice to Kenya, the ministry said on Wednesday.",
			[]string{"south-korea AID kenya 2022-12-21 planned"}, []string{"2022-12-28"}},
		{"the plan's own day before the attribution", "2022-12-22", "Seoul will send rice to Kenya on Monday, the ministry said.",
			[]string{"south-korea AID kenya 2022-12-26 planned"}, nil},
	}
	runPhenomena(t, x, tests, caseCheck{})
}

// TestExtractor_Extract_SincePeriod: a fronted "Since ..." clause starts
// a period; its time dates what happened in the clause, and the main
// clause's present perfect tells acts over the period with no one day.
func TestExtractor_Extract_SincePeriod(t *testing.T) {
	x := MustExtractor(t)
	tests := []phenomenon{
		{"the since-clause's own act keeps its time", "2023-04-16", "Since meeting Xi Jinping in 2019, Lula da Silva has praised China.",
			[]string{"lula-da-silva MEET xi-jinping 2019 asserted"}, []string{"SUPPORT china 2019"}},
		{"acts over the period have no one day", "2023-04-16", "Since taking office in January, Lula da Silva has visited China and Portugal.",
			[]string{"lula-da-silva VISIT china  asserted", "lula-da-silva VISIT portugal  asserted"}, []string{"2023-01", "2023-04-16"}},
	}
	runPhenomena(t, x, tests, caseCheck{})
}

// TestExtractor_Extract_StatementInNews: in a story whose lead is the
// week's news, a statement told with no time of its own was made in the
// present, not on the date of a background event named before it; a look
// back keeps the date of the episode it tells, and so does a sentence that
// points back into it ("later that month").
func TestExtractor_Extract_StatementInNews(t *testing.T) {
	x := MustExtractor(t)
	tests := []phenomenon{
		{"a statement after background: the present", "2024-05-24",
			"China began drills around Taiwan on Thursday. Washington approved an arms sale to Taipei in February. China's foreign ministry accused the United States of fuelling tensions.",
			[]string{"chinese-foreign-ministry CRITICIZE united-states 2024-05-23 asserted"}, []string{"CRITICIZE united-states 2024-02"}},
		{"a look back keeps the episode's date", "2024-05-24",
			"Kim Jong Un met Vladimir Putin in Vladivostok in April 2019. The two leaders agreed to expand trade.",
			[]string{"kim-jong-un COOPERATE vladimir-putin 2019-04 asserted"}, nil},
		{"a sentence pointing back keeps the episode's date", "2024-05-24",
			"China began drills around Taiwan on Thursday. North Korea tested a missile in February. Japan condemned the test later that month.",
			[]string{"japan CRITICIZE north-korea 2024-02 asserted"}, nil},
	}
	runPhenomena(t, x, tests, caseCheck{})
}

// TestExtractor_Extract_CoordinatedPlan: the auxiliary of the first of two
// coordinated verbs ("will address Congress and hold talks with X") makes
// both planned, however long the first verb's object.
func TestExtractor_Extract_CoordinatedPlan(t *testing.T) {
	x := MustExtractor(t)
	tests := []phenomenon{
		{"will do A and meet X", "2023-06-20", "Narendra Modi will address a joint session of the French parliament and hold talks with Emmanuel Macron at the Elysee on Thursday.",
			[]string{"narendra-modi MEET emmanuel-macron 2023-06-22 planned"}, []string{"asserted"}},
		{"did A and met X", "2023-06-20", "Narendra Modi addressed a joint session of the French parliament and held talks with Emmanuel Macron at the Elysee on Thursday.",
			[]string{"narendra-modi MEET emmanuel-macron 2023-06-15 asserted"}, nil},
		{"agreed that X would visit: a plan, dated by the agreeing", "2023-06-19", "Antony Blinken and Qin Gang agreed on Sunday that Qin Gang would visit Washington.",
			[]string{"qin-gang VISIT united-states 2023-06-18 planned"}, []string{"hypothetical", "2023-06-25"}},
		{"decided that X would send aid: a plan", "2023-06-19", "The cabinet decided that Japan would send aid to Turkey.",
			[]string{"japan AID turkey  planned"}, []string{"hypothetical"}},
	}
	runPhenomena(t, x, tests, caseCheck{})
}

// TestExtractor_Extract_HaltedAttack: an attack stopped ("a halt to
// military operations", "ended its offensive") is no attack asserted; one
// stepped up is.
func TestExtractor_Extract_HaltedAttack(t *testing.T) {
	x := MustExtractor(t)
	tests := []phenomenon{
		{"a halt to operations", "2008-08-13", "Moscow ordered a halt to military operations in Georgia on Tuesday.",
			[]string{"russia ATTACK georgia 2008-08-12 negated"}, []string{"asserted"}},
		{"ended its offensive", "2008-08-13", "Moscow ended its offensive in Georgia on Tuesday.",
			[]string{"russia ATTACK georgia 2008-08-12 negated"}, []string{"asserted"}},
		{"stepped up its offensive", "2008-08-13", "Moscow stepped up its offensive in Georgia on Tuesday.",
			[]string{"russia ATTACK georgia 2008-08-12 asserted"}, nil},
		{"called an attack barbaric is no halt", "2008-08-13", "Tbilisi said the Russian attack on Georgia on Tuesday was barbaric.",
			nil, []string{"georgia negated"}},
	}
	runPhenomena(t, x, tests, caseCheck{})
}

// TestExtractor_Extract_AfterKnownEvent: a shift closing a clause that has
// no time of its own ("... a day after the test") dates that clause from
// the day the story gave the event; a shift before a clause with its own
// verb ("a day after he held talks") dates that clause instead.
func TestExtractor_Extract_AfterKnownEvent(t *testing.T) {
	x := MustExtractor(t)
	tests := []phenomenon{
		{"a day after the test", "2016-01-09", "North Korea tested a bomb on Wednesday. Japan imposed sanctions on Pyongyang a day after the test.",
			[]string{"japan SANCTION north-korea 2016-01-07 asserted"}, nil},
		{"two days after the test, officials said", "2016-01-09", "North Korea tested a bomb on Wednesday. Japan imposed sanctions on Pyongyang two days after the test, officials said.",
			[]string{"japan SANCTION north-korea 2016-01-08 asserted"}, nil},
		{"a clause's own time after the shift", "2016-01-09", "North Korea tested a bomb on Wednesday. Japan imposed sanctions on Pyongyang, a day after Shinzo Abe met Park Geun-hye.",
			[]string{"shinzo-abe MEET park-geun-hye 2016-01-05 asserted"}, []string{"japan SANCTION north-korea 2016-01-07"}},
	}
	runPhenomena(t, x, tests, caseCheck{})
}

// TestExtractor_Extract_PresentTense: an encounter told in the present
// ("holds talks", "is visiting") is the story's present and takes the
// published day; one told in the past without a time stays undated.
func TestExtractor_Extract_PresentTense(t *testing.T) {
	x := MustExtractor(t)
	tests := []phenomenon{
		{"holds talks", "2023-03-21", "Olaf Scholz holds talks with Emmanuel Macron in Paris.",
			[]string{"olaf-scholz MEET emmanuel-macron 2023-03-21 asserted"}, nil},
		{"visits, a verb that is also a plural noun", "2023-03-21", "Germany and Kenya pledge closer ties as Olaf Scholz visits Nairobi.",
			[]string{"olaf-scholz VISIT kenya 2023-03-21 asserted"}, nil},
		{"is visiting", "2023-03-21", "Olaf Scholz is visiting Kenya.",
			[]string{"olaf-scholz VISIT kenya 2023-03-21 asserted"}, nil},
		{"a past visit without a time", "2023-03-21", "Olaf Scholz visited Kenya.",
			[]string{"olaf-scholz VISIT kenya  asserted"}, nil},
	}
	runPhenomena(t, x, tests, caseCheck{})
}

// TestExtractor_Extract_TimeOfFirstPredicate: a time of a past first
// predicate ("arrived on Tuesday") does not date a plan coordinated after
// it ("and is expected to hold talks"), which keeps no time of its own.
func TestExtractor_Extract_TimeOfFirstPredicate(t *testing.T) {
	x := MustExtractor(t)
	tests := []phenomenon{
		{"arrived on a day, and is expected to meet", "2023-10-18", "William Ruto arrived in Beijing on Tuesday for a forum and is expected to hold talks with Xi Jinping.",
			[]string{"william-ruto VISIT china 2023-10-17 asserted", "william-ruto MEET xi-jinping  planned"}, []string{"2023-10-24"}},
		{"the plan's own day", "2023-10-18", "William Ruto arrived in Beijing on Tuesday and will meet Xi Jinping on Thursday.",
			[]string{"william-ruto MEET xi-jinping 2023-10-19 planned"}, nil},
	}
	runPhenomena(t, x, tests, caseCheck{})
}

// TestExtractor_Extract_TrailingWould covers "would" under an attribution
// that closes the sentence: a reported plan, as with "said ... would",
// unless a condition or an option word makes it a guess.
func TestExtractor_Extract_TrailingWould(t *testing.T) {
	x := MustExtractor(t)
	tests := []phenomenon{
		{"would, then the speaker: a plan", "2005-01-01", "Canberra would send more aid to Indonesia, John Howard said on Thursday.",
			[]string{"australia AID indonesia 2004-12-30 planned"}, nil},
		{"would under a condition stays a guess", "2005-01-01", "Japan would sanction Burma if it attacked Thailand, officials said on Thursday.",
			nil, []string{"SANCTION"}},
		{"would consider is an option", "2005-01-01", "Russia would consider meeting Georgia, Sergei Lavrov said on Thursday.",
			nil, []string{"MEET"}},
		{"would with no speaker stays a guess", "2005-01-01", "Canberra would send more aid to Indonesia.",
			nil, []string{"AID"}},
	}
	runPhenomena(t, x, tests, caseCheck{events: scoredSummary, found: hasPrefix, banned: hasPrefix})
}
