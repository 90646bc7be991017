"""Probes of the material types (AID, COOPERATE, SANCTION, RETREAT, REJECT) in both languages: sentences written
for these tests in the many ways journalists tell such acts (synonyms, verb and noun forms, passives, light verbs,
Arabic clitics and verbal nouns), each with the type, mode and pair it must give ("TYPE MODE SOURCE TARGET |
sentence", mode "-" for none; either order for COOPERATE, a symmetric act); and sentences that name aid, trade or
sanctions without an act between two states (a state of affairs, an opinion, a domestic measure, a company's
deal), "NONE | sentence", which must give no event of these types. Modes are those of docs/CODING_GUIDE.md."""

from __future__ import annotations

import pytest

from bilateral.pipeline import Pipeline

from .probes import probe_lines, run

MATERIAL = {"AID", "COOPERATE", "SANCTION", "RETREAT", "REJECT"}

PROBES = {
    "en": """
    AID - JPN EGY | Japan granted Egypt $50 million to upgrade its railways on Tuesday.
    AID - SAU YEM | Saudi Arabia donated 500 million dollars to Yemen's central bank last week.
    AID - USA JOR | The United States provided Jordan with $1.2 billion in economic assistance in 2019.
    AID - ARE SDN | The UAE extended $3 billion in financial support to Sudan in April.
    AID humanitarian DEU TUN | Germany pledged and delivered 100 million euros in development aid to Tunisia this year.
    AID loan CHN PAK | China lent Pakistan $2 billion to shore up its reserves in March.
    AID loan SAU EGY | Riyadh extended a $3 billion loan to Cairo on Monday.
    AID loan KWT JOR | Kuwait approved a soft loan of 30 million dinars for Jordan on Sunday.
    AID loan CHN LKA | Beijing granted Colombo a $1 billion credit line in 2018.
    AID loan RUS EGY | Russia will finance the Dabaa plant with a $25 billion loan to Egypt, officials said on Monday.
    AID loan QAT TUR | Qatar deposited $3 billion in Turkey's central bank in August.
    AID debt-relief RUS CUB | Russia wrote off 90 percent of Cuba's Soviet-era debt in 2014.
    AID debt-relief FRA CIV | France forgave Ivory Coast's debts worth 1 billion euros on Monday.
    AID debt-relief DEU EGY | Germany waived 240 million euros of Egyptian debt on Sunday.
    AID debt-relief JPN IRQ | Japan cancelled 80 percent of Iraq's debt in 2004.
    AID humanitarian ARE LBN | The UAE airlifted 50 tonnes of medical supplies to Lebanon on Wednesday.
    AID humanitarian EGY PSE | Egypt dispatched an aid convoy to Gaza on Thursday.
    AID humanitarian JOR PSE | Jordan delivered food parcels and medicine to the Palestinians in Gaza on Monday.
    AID humanitarian QAT AFG | Qatar shipped 40 tonnes of relief supplies to Afghanistan on Friday.
    AID humanitarian KWT TUR | Kuwaiti relief planes landed in Turkey on Tuesday carrying tents and blankets.
    AID humanitarian IND NPL | India rushed rescue teams and relief material to Nepal after the earthquake on Saturday.
    AID military USA UKR | Washington approved a $400 million military aid package for Ukraine on Friday.
    AID - GBR KEN | Britain gave Kenya £20 million to fight the drought on Monday.
    AID - EUR MAR | The European Union allocated 140 million euros to Morocco for migration control on Monday.
    AID experts RUS EGY | Russia sent engineers to Egypt to help run the plant in 2016.
    AID experts CUB ITA | Cuba dispatched a team of 52 doctors to Italy on Sunday.
    AID build CHN KEN | China built the Mombasa-Nairobi railway for Kenya, financing 90 percent of it.
    AID humanitarian KOR VNM | South Korea handed Vietnam 2 million doses of vaccine on Friday.
    AID - SAU SDN | Saudi Arabia gave Sudan a $500 million grant on Monday.
    AID - JPN JOR | Tokyo provided Amman with a grant of 2 billion yen on Wednesday.
    AID - USA EGY | Washington released $300 million in aid to Egypt that had been withheld, on Monday.
    AID - ITA TUN | Italy handed over 12 patrol boats to Tunisia as a donation on Tuesday.
    AID loan SAU YEM | Saudi Arabia's $2 billion deposit in Yemen's central bank arrived on Monday.
    AID - JPN EGY | Japan's $50 million grant to Egypt was signed on Tuesday.
    AID loan CHN PAK | China's $2 billion loan to Pakistan was rolled over on Monday.
    AID military USA UKR | A $300 million US military aid package for Ukraine was announced on Friday.
    AID military ARE SOM | The UAE has trained and paid thousands of Somali soldiers since 2014.
    AID humanitarian TUR SYR | Aid trucks from Turkey crossed into Syria on Sunday.
    AID humanitarian EGY SDN | Egypt sent two planes loaded with medical aid to Sudan on Monday.
    AID humanitarian IND BGD | India supplied 2 million vaccine doses to Bangladesh as a gift on Thursday.
    AID - DEU JOR | Germany is providing Jordan with 400 million euros in development assistance this year, Berlin said on Monday.
    AID loan SAU EGY | Saudi Arabia deposited $2 billion with Egypt's central bank on Monday.
    AID - ARE JOR | The UAE gave Jordan an oil grant worth $100 million on Sunday.
    AID humanitarian QAT SDN | A Qatari aid plane landed in Khartoum on Monday.
    AID - KWT SYR | Kuwait donated $50 million for Syrian refugees on Thursday.
    AID - TUR SOM | Turkey sent a ship carrying 5,000 tonnes of aid to Somalia on Sunday.
    AID humanitarian CHN EGY | China gifted Egypt 300,000 doses of the Sinopharm vaccine on Sunday.
    AID - JPN JOR | Japan and Jordan signed a $20 million grant agreement on Sunday.
    COOPERATE military EGY FRA | Egypt signed a contract to buy 30 Rafale jets from France on Tuesday.
    AID military TUR LBY | Turkey sent troops to Libya to help the government in Tripoli in January.
    AID military RUS SYR | Russia deployed warplanes to Syria to support the Syrian government in September 2015.
    AID military SAU BHR | Saudi Arabia sent troops to Bahrain at the request of its government in March 2011.
    COOPERATE trade EGY RUS | Trade between Egypt and Russia reached $6.2 billion in 2019.
    COOPERATE trade TUR IRQ | Turkish exports to Iraq rose to $10 billion in 2019.
    COOPERATE trade IND ARE | India and the UAE traded goods worth $60 billion in 2019.
    COOPERATE trade DEU CHN | Germany's trade with China totalled 200 billion euros last year.
    COOPERATE trade MAR ESP | Morocco sold 2 million tonnes of phosphate to Spain in 2019.
    COOPERATE trade RUS EGY | Russia shipped 8 million tonnes of wheat to Egypt in the 2019 season.
    COOPERATE trade JPN KOR | Japanese imports from South Korea fell 12 percent in May.
    COOPERATE trade BRA CHN | Brazil exported $30 billion worth of soybeans to China in 2019.
    COOPERATE military RUS TUR | Russia delivered the S-400 air defence system to Turkey in July.
    COOPERATE military USA SAU | The United States sold Saudi Arabia $8 billion of weapons in May.
    COOPERATE military FRA EGY | Egypt bought 30 Rafale fighter jets from France in May.
    COOPERATE military EGY RUS | Egyptian and Russian paratroopers held joint drills near Alexandria on Monday.
    COOPERATE military IND FRA | India and France staged a joint naval exercise in the Arabian Sea on Tuesday.
    COOPERATE military CHN PAK | China handed over a second frigate to Pakistan on Friday.
    COOPERATE energy QAT GBR | Qatar shipped three LNG cargoes to Britain in May.
    COOPERATE energy RUS DEU | Russia pumped 55 billion cubic metres of gas to Germany through Nord Stream last year.
    COOPERATE energy ISR EGY | Israel began exporting natural gas to Egypt on Wednesday.
    AID build RUS EGY | Russia began building Egypt's first nuclear power plant in 2020.
    COOPERATE transport EGY SAU | Egypt and Saudi Arabia launched a ferry line between Safaga and Duba on Monday.
    COOPERATE military RUS IND | Russia transferred technology for the BrahMos missile to India in 2019.
    COOPERATE military FRA MAR | French and Moroccan police dismantled a drug network in a joint operation on Tuesday.
    COOPERATE - USA MEX | Mexico extradited the cartel boss to the United States on Friday.
    COOPERATE energy JOR EGY | Jordan and Egypt linked their electricity grids on Monday.
    COOPERATE transport ISR ARE | Israel and the UAE launched direct commercial flights on Monday.
    COOPERATE military USA IRQ | US and Iraqi forces conducted joint patrols near Mosul on Monday.
    COOPERATE military USA SAU | Saudi Arabia took delivery of 10 Patriot batteries from the United States on Monday.
    COOPERATE military TUR AZE | Turkish and Azerbaijani troops began joint exercises in Baku on Monday.
    COOPERATE energy RUS CHN | Russian gas began flowing to China through the Power of Siberia pipeline on Monday.
    COOPERATE energy IND RUS | India bought 40 million barrels of Russian oil in May.
    COOPERATE military EGY GRC | Egypt and Greece held a joint air exercise over the Mediterranean on Tuesday.
    COOPERATE military EGY SDN | Egyptian and Sudanese naval forces held a joint drill in the Red Sea on Sunday.
    COOPERATE trade EGY CYP | Egypt began exporting LNG to Cyprus on Monday.
    COOPERATE trade TUR IRQ | Turkey's exports to Iraq reached $10 billion in 2019.
    AID military RUS MLI | Russian military instructors arrived in Mali in late December.
    AID military TUR LBY | Turkish military advisers arrived in Libya on Monday.
    SANCTION - USA IRN | The United States slapped new sanctions on Iran's oil sector on Monday.
    SANCTION - EUR RUS | The EU imposed an embargo on Russian coal on Friday.
    SANCTION discontinue GBR RUS | Britain froze the assets of three Russian banks on Tuesday.
    SANCTION - USA VEN | Washington blacklisted Venezuela's state oil company on Monday.
    SANCTION - CHN AUS | China slapped tariffs of 80 percent on Australian barley in May.
    SANCTION - USA CHN | The US raised tariffs on $200 billion of Chinese goods to 25 percent on Friday.
    SANCTION discontinue RUS TUR | Russia banned imports of Turkish tomatoes on Tuesday.
    SANCTION discontinue SAU CAN | Saudi Arabia froze all new trade with Canada on Monday.
    SANCTION discontinue SAU QAT | Saudi Arabia closed its land border with Qatar on Monday.
    SANCTION discontinue EGY QAT | Egypt closed its airspace to Qatari planes on Monday.
    SANCTION discontinue RUS EGY | Russia suspended all flights to Egypt on Friday.
    SANCTION discontinue USA EGY | The United States withheld $195 million in military aid from Egypt on Tuesday.
    SANCTION discontinue USA PAK | Washington cut $300 million in aid to Pakistan on Saturday.
    SANCTION discontinue DZA ESP | Algeria suspended its friendship treaty with Spain on Wednesday.
    SANCTION expel GBR RUS | Britain expelled 23 Russian diplomats on Wednesday.
    SANCTION expel RUS GBR | Moscow ordered 23 British diplomats to leave the country within a week.
    SANCTION expel NLD IRN | The Netherlands declared two Iranian diplomats persona non grata on Friday.
    SANCTION withdraw SAU CAN | Saudi Arabia recalled its ambassador from Canada on Monday.
    SANCTION withdraw BHR QAT | Bahrain severed diplomatic ties with Qatar on Monday.
    SANCTION withdraw MAR DZA | Morocco downgraded its relations with Algeria on Tuesday.
    SANCTION withdraw CHN LTU | China downgraded relations with Lithuania to the level of charge d'affaires on Sunday.
    SANCTION discontinue IND CHN | India banned 59 Chinese apps including TikTok on Monday.
    SANCTION - USA CUB | The United States tightened its embargo on Cuba on Thursday.
    SANCTION discontinue JPN KOR | Japan removed South Korea from its whitelist of trusted trading partners on Friday.
    SANCTION discontinue EUR BLR | EU ministers agreed new sanctions on Belarus on Monday, barring its airlines from EU airspace.
    SANCTION discontinue UKR RUS | Ukraine barred Russian men from entering the country on Friday.
    SANCTION - USA IRN | New US sanctions targeting Iran's central bank took effect on Monday.
    SANCTION discontinue ARE QAT | The UAE cut all trade and shipping links with Qatar on Monday.
    SANCTION discontinue EUR TUR | The EU suspended pre-accession funds to Turkey on Monday.
    SANCTION discontinue CHN USA | China halted purchases of US soybeans on Monday.
    SANCTION discontinue USA RUS | Washington placed export curbs on 30 Russian firms on Friday.
    SANCTION discontinue TUR ISR | Turkey stopped all exports to Israel on Thursday.
    SANCTION - RUS MDA | Russia imposed a ban on Moldovan wine on Monday.
    SANCTION - AUS RUS | Australia sanctioned 20 Russian oligarchs on Tuesday.
    SANCTION - USA IRN | New sanctions were imposed on Iran by the United States on Monday.
    SANCTION discontinue RUS TUR | Russia's ban on Turkish tomatoes took effect on Tuesday.
    SANCTION - EUR RUS | The EU's sixth package of sanctions against Russia was adopted on Friday.
    SANCTION discontinue USA CHN | Washington added 33 Chinese companies to its entity list on Friday.
    SANCTION discontinue GBR IRN | Britain has frozen Iranian assets worth 100 million pounds, the Treasury said on Monday.
    SANCTION discontinue CHN LTU | Beijing stopped issuing visas to Lithuanians on Monday.
    SANCTION discontinue USA TUR | The United States kicked Turkey out of the F-35 programme on Wednesday.
    SANCTION discontinue RUS MDA | Moscow has blocked imports of Moldovan fruit since Monday.
    SANCTION discontinue KWT LBN | Kuwait halted the issuing of visas to Lebanese nationals on Tuesday.
    SANCTION discontinue DZA FRA | Algeria closed its airspace to French military planes on Sunday.
    SANCTION - USA RUS | The United States moved to sanction Russian banks on Monday.
    SANCTION withdraw MAR IRN | Morocco cut ties with Iran on Tuesday.
    SANCTION - EUR RUS | The EU adopted a new package of sanctions on Russia on Friday.
    SANCTION discontinue SAU LBN | Saudi Arabia barred Lebanese imports from entering the kingdom on Friday.
    SANCTION discontinue CHN JPN | China suspended imports of Japanese seafood on Thursday.
    SANCTION discontinue RUS UKR | Russia shut off gas to Ukraine on Sunday.
    SANCTION - USA IRN | Washington tightened its sanctions on Tehran on Monday.
    SANCTION discontinue USA VEN | The US government froze the assets of Venezuela's central bank on Monday.
    SANCTION discontinue SLB TWN | The Solomon Islands switched diplomatic recognition from Taipei to Beijing in September 2019.
    SANCTION discontinue NIC TWN | Nicaragua withdrew its recognition of Taiwan on Thursday.
    SANCTION discontinue PAN TWN | Panama dropped diplomatic recognition of Taiwan in June 2017.
    RETREAT ease USA SDN | The United States lifted sanctions on Sudan on Friday.
    RETREAT ease EUR IRN | The EU eased its sanctions on Iran's central bank in January.
    RETREAT ease RUS TUR | Russia lifted its ban on Turkish tomatoes on Monday.
    RETREAT ease RUS EGY | Russia resumed flights to Egypt's Red Sea resorts on Friday.
    RETREAT ease SAU QAT | Saudi Arabia reopened its land border with Qatar on Monday.
    RETREAT ease USA CUB | Washington removed Cuba from its list of state sponsors of terrorism on Friday.
    RETREAT ease USA VEN | The US Treasury relaxed some oil sanctions on Venezuela on Wednesday.
    RETREAT ease CHN AUS | China dropped its tariffs on Australian barley on Friday.
    RETREAT ease USA IRQ | Washington granted Iraq a 120-day waiver to keep importing Iranian electricity on Monday.
    RETREAT ease USA IRQ | The US extended a sanctions waiver for Iraq on Tuesday.
    RETREAT ease ARE QAT | The UAE restored trade and travel links with Qatar on Monday.
    RETREAT ease SAU IRN | Saudi Arabia and Iran restored diplomatic relations on Friday.
    RETREAT ease EGY QAT | Egypt ended its boycott of Qatar on Tuesday.
    RETREAT ease EUR BLR | The EU suspended some of its sanctions on Belarus on Monday.
    RETREAT ease USA IRN | Washington unfroze $6 billion of Iranian assets held in South Korea on Monday.
    RETREAT ease CAN SAU | Canada lifted a freeze on arms exports to Saudi Arabia on Thursday.
    RETREAT ease CHN LTU | China allowed Lithuanian beef back into its market on Monday.
    RETREAT ease RUS GEO | Russia allowed Georgian wine imports again on Monday.
    RETREAT release IRN GBR | Iran freed the British tanker Stena Impero on Friday.
    RETREAT release RUS USA | Russia released the American basketball player in a prisoner swap on Thursday.
    RETREAT withdraw RUS UKR | Russia pulled its troops back from the Ukrainian border on Tuesday.
    RETREAT ease EGY ISR | Egypt normalised relations with Israel in 1980.
    RETREAT ease USA CHN | Washington scrapped tariffs on $100 billion of Chinese goods on Monday.
    RETREAT ease IND PAK | India reopened the Kartarpur corridor to Pakistan on Wednesday.
    RETREAT ease RUS EGY | Russia's ban on flights to Egypt was lifted on Friday.
    RETREAT ease GBR IRN | Britain reopened its embassy in Tehran on Sunday.
    RETREAT ease USA IND | The US exempted India from sanctions on Iranian oil for six months on Monday.
    RETREAT ease USA SDN | The lifting of US sanctions on Sudan took effect on Monday.
    RETREAT ease EUR IRN | EU sanctions on Iran were eased on Monday.
    RETREAT ease RUS TUR | Russia ended its ban on Turkish tomatoes on Monday.
    RETREAT ease CHN AUS | Beijing scrapped its anti-dumping duties on Australian barley on Friday.
    RETREAT ease SAU QAT | Flights between Saudi Arabia and Qatar resumed on Monday after a three-year boycott.
    RETREAT ease USA CUB | Washington eased travel restrictions on Cuba on Tuesday.
    RETREAT ease TUR ARM | Turkey reopened its border with Armenia on Saturday.
    RETREAT ease EGY QAT | Egypt restored diplomatic relations with Qatar on Wednesday.
    RETREAT ease USA SDN | Sanctions on Sudan were lifted by the United States on Monday.
    RETREAT ease USA SDN | The US decision to lift sanctions on Sudan took effect on Monday.
    RETREAT ease EUR SYR | The EU decided to ease some sanctions on Syria on Monday.
    RETREAT ease SAU QAT | Saudi Arabia opened its airspace to Qatari flights on Monday.
    RETREAT ease ARE QAT | The UAE reopened its embassy in Doha on Sunday.
    RETREAT ease JOR SYR | Jordan reopened the Jaber border crossing with Syria on Sunday.
    RETREAT ease TUR ARM | Turkey opened its land border with Armenia to aid shipments on Saturday.
    RETREAT ease EGY TUR | Egypt and Turkey exchanged ambassadors again on Tuesday.
    RETREAT ease SAU SYR | Saudi Arabia reopened its embassy in Damascus on Tuesday.
    RETREAT ease CHN AUS | China lifted curbs on Australian coal imports on Friday.
    RETREAT ease USA VEN | Washington eased oil sanctions on Venezuela on Wednesday.
    RETREAT release EUR HUN | The EU released 10 billion euros of frozen funds for Hungary last month.
    RETREAT ease MAR DZA | Morocco restored diplomatic relations with Algeria in 1988.
    RETREAT ease JOR ISR | Jordan sent its ambassador back to Tel Aviv on Monday.
    RETREAT ease BHR QAT | Bahrain and Qatar agreed to restore ties, and their ambassadors returned on Monday.
    REJECT - EGY ETH | Egypt rejected Ethiopia's proposal on the filling of the dam on Tuesday.
    REJECT - IRN USA | Iran turned down a US offer of direct talks on Monday.
    REJECT - CHN USA | Beijing rebuffed Washington's demand to revalue the yuan on Friday.
    REJECT - RUS UKR | Russia dismissed Ukraine's peace plan as unrealistic on Wednesday.
    REJECT - USA IRN | The United States spurned Iran's call for sanctions relief on Thursday.
    REJECT - QAT SAU | Qatar refused the Saudi-led bloc's 13 demands on Monday.
    REJECT - ISR PSE | Israel ruled out any return to the 1967 borders with the Palestinians on Monday.
    REJECT - MAR DZA | Morocco declined Algeria's offer of mediation on Sunday.
    REJECT meet EGY TUR | Egypt refused to receive the Turkish foreign minister on Monday.
    REJECT meet TUR ISR | Turkey called off a planned visit by the Israeli president on Tuesday.
    REJECT - PAK IND | Pakistan rejected India's accusations on Tuesday.
    REJECT - DZA FRA | Algeria refused to take back its nationals expelled by France on Monday.
    REJECT - KOR JPN | South Korea said it would not accept Japan's export restrictions on Monday.
    REJECT - ETH EGY | Ethiopia repudiated Egypt's claims over the Nile on Monday.
    REJECT - TUR SWE | Turkey blocked Sweden's bid to join NATO on Wednesday.
    REJECT - SRB KOS | Serbia refused to recognise Kosovo's independence on Monday.
    REJECT - IRQ TUR | Baghdad rejected the presence of Turkish troops on Iraqi soil on Monday.
    REJECT - SAU USA | Riyadh refused a US request to pump more oil on Tuesday.
    REJECT - ISR USA | Israel said no to the US proposal on Monday.
    REJECT - EGY ISR | Egypt refused Israel's request to transfer the crossing on Monday.
    REJECT - USA CHN | The US rejected China's territorial claims in the South China Sea on Monday.
    REJECT - FRA DEU | France opposed Germany's plan for joint debt on Monday.
    REJECT - IND CHN | India declined to join China's Belt and Road summit on Sunday.
    REJECT - EGY ETH | Cairo refused Addis Ababa's proposal outright on Tuesday.
    REJECT - PSE USA | The Palestinian leadership rejected the US peace plan outright on Tuesday.
    REJECT - IRN EUR | Iran rejected the EU's proposal to revive the nuclear deal on Monday.
    REJECT - ISR FRA | Israel dismissed French calls for a ceasefire on Tuesday.
    REJECT - CHN JPN | China refused Japan's request for a summit on Monday.
    REJECT - VEN USA | Caracas rejected Washington's ultimatum on Monday.
    REJECT - TUR GRC | Ankara rebuffed Athens' demand to withdraw the ship on Wednesday.
    REJECT - EGY ETH | Egypt has rejected any unilateral filling of the dam by Ethiopia.
    REJECT - EGY ETH | Egypt voiced its rejection of the Ethiopian move on Monday.
    REJECT - JOR ISR | Jordan reiterated its firm rejection of Israel's decision to annex the Jordan Valley on Monday.
    REJECT - IRN USA | Tehran rejected the US offer out of hand on Monday.
    REJECT - DZA MAR | Algeria met the Moroccan initiative with a refusal on Monday.
    REJECT - EGY ISR | Cairo rejected the Israeli proposal on the Rafah crossing on Monday.
    REJECT - JOR ISR | Jordan declared its rejection of any Israeli attempt to displace Palestinians on Monday.
    REJECT - SAU USA | Riyadh rebuffed Washington's call to pump more oil on Tuesday.
    REJECT - TUN ITA | Tunisia refused to become a border guard for Italy on Wednesday.
    REJECT - DZA FRA | Algeria refused to take back migrants deported by France on Monday.
    REJECT - CHN PHL | Beijing dismissed Manila's protest on Wednesday.
    REJECT - ETH EGY | Addis Ababa rejected the Egyptian accusations on Monday.
    REJECT - RUS UKR | Moscow rejected Kyiv's peace proposals on Wednesday.
    REJECT - IRQ TUR | Baghdad turned down Ankara's request to set up military bases in northern Iraq.
    REJECT meet PRK SUN | Kim Il Sung refused to see the Soviet foreign minister in September 1990.
    NONE | Egypt is one of the largest recipients of American aid in the world.
    NONE | Analysts said the sanctions on Iran have failed to change its behaviour.
    NONE | Sanctions have crippled Iran's economy over the past decade.
    NONE | The government raised fuel prices at home on Monday to cut the budget deficit.
    NONE | Egypt's central bank raised interest rates by 200 basis points on Thursday.
    NONE | Siemens signed a $2 billion deal with Egypt's electricity ministry on Monday.
    NONE | Toyota will build a new plant in Mexico, the company said on Monday.
    NONE | Russia's exports fell 10 percent last year, official data showed on Monday.
    NONE | The World Bank said trade in the region would grow by 3 percent next year.
    NONE | Tourism revenues in Egypt rose to $13 billion in 2019.
    NONE | Turkey banned smoking in public places in 2009.
    NONE | The opposition refused to take part in the elections on Sunday.
    NONE | Critics said the aid was wasted on corruption.
    NONE | Saudi Arabia cut oil output by one million barrels a day on Monday.
    NONE | Egypt lifted fuel subsidies on Friday.
    NONE | The court rejected the appeal on Monday.
    NONE | Prices of Russian wheat rose this week.
    NONE | Chinese investment in Africa has grown steadily over the past two decades.
    NONE | Emirates Airline suspended its Dubai routes for two days because of the sandstorm.
    NONE | The minister said Egypt needed more foreign investment to create jobs.
    NONE | Japan's government approved a stimulus package worth $1 trillion on Friday.
    NONE | The Moroccan king pardoned 500 prisoners on Throne Day.
    NONE | Aramco signed a supply deal with a Chinese refiner on Monday.
    NONE | The sanctions regime against Iran has been in place since 2018.
    NONE | Analysts expect trade between the two countries to double by 2030.
    NONE | The loan agreement is expected to be signed next month.
    NONE | Russia is Egypt's largest supplier of wheat.
    NONE | The company rejected the offer on Monday.
    NONE | An economist said lifting the sanctions would boost Sudan's economy.
    NONE | Aramco signed a contract with a Chinese firm to supply oil on Monday.
    NONE | Egyptian exports are worth $40 billion a year.
    NONE | Parliament urged the government to reject the loan.
    NONE | Russian military instructors have trained the Malian army for years, analysts said.
    NONE | Egypt opened a new rail line in Cairo on Monday.
    NONE | Morocco held a major air defence drill on Tuesday.
    NONE | Jordan linked its electricity grid to a new solar plant on Monday.
    NONE | The government allowed schools to resume classes on Monday.
    NONE | Turkey sent troops to its border with Syria on Monday.
""",
    "ar": """
    AID - SAU YEM | قدمت السعودية مساعدات بقيمة 500 مليون دولار لليمن يوم الاثنين.
    AID - JPN EGY | منحت اليابان مصر منحة قدرها 50 مليون دولار لتطوير السكك الحديدية يوم الثلاثاء.
    AID - ARE SDN | أعلنت الإمارات تقديم دعم مالي بقيمة 3 مليارات دولار للسودان في أبريل.
    AID - KWT JOR | تبرعت الكويت بمبلغ 10 ملايين دولار للأردن يوم الأحد.
    AID - USA JOR | قدمت الولايات المتحدة للأردن مساعدات اقتصادية بقيمة 1.2 مليار دولار عام 2019.
    AID - DEU TUN | وقدمت ألمانيا إلى تونس منحة بقيمة 100 مليون يورو يوم الأربعاء.
    AID loan CHN PAK | أقرضت الصين باكستان ملياري دولار في مارس.
    AID loan SAU EGY | قدمت السعودية قرضا بقيمة 3 مليارات دولار لمصر يوم الاثنين.
    AID loan QAT TUR | أودعت قطر 3 مليارات دولار في البنك المركزي التركي في أغسطس.
    AID loan RUS EGY | تمول روسيا محطة الضبعة بقرض قيمته 25 مليار دولار لمصر.
    AID debt-relief RUS CUB | شطبت روسيا 90 في المئة من ديون كوبا عام 2014.
    AID debt-relief FRA CIV | أعفت فرنسا ساحل العاج من ديون بقيمة مليار يورو يوم الاثنين.
    AID debt-relief SAU IRQ | أسقطت السعودية ديونها المستحقة على العراق يوم الثلاثاء.
    AID debt-relief CHN ZMB | أعادت الصين جدولة ديون زامبيا في يونيو.
    AID debt-relief DEU EGY | ألغت ألمانيا ديونا مستحقة على مصر بقيمة 240 مليون يورو يوم الأحد.
    AID humanitarian TUR SYR | أرسلت تركيا 20 شاحنة محملة بالمساعدات الإنسانية إلى سوريا يوم الأحد.
    AID humanitarian ARE LBN | سيرت الإمارات جسرا جويا لنقل المساعدات الطبية إلى لبنان يوم الأربعاء.
    AID humanitarian EGY PSE | أدخلت مصر قافلة مساعدات إلى غزة يوم الخميس.
    AID humanitarian JOR PSE | أرسل الأردن طائرات محملة بالأغذية والأدوية إلى غزة يوم الاثنين.
    AID humanitarian KWT TUR | وصلت طائرات إغاثة كويتية إلى تركيا يوم الثلاثاء تحمل خياما وأغطية.
    AID humanitarian QAT AFG | شحنت قطر 40 طنا من المواد الإغاثية إلى أفغانستان يوم الجمعة.
    AID military USA UKR | وافقت واشنطن على حزمة مساعدات عسكرية لأوكرانيا بقيمة 400 مليون دولار يوم الجمعة.
    AID experts RUS EGY | أوفدت روسيا مهندسين إلى مصر للمساعدة في تشغيل المحطة عام 2016.
    AID experts CUB ITA | أرسلت كوبا فريقا من 52 طبيبا إلى إيطاليا يوم الأحد.
    AID build CHN KEN | بنت الصين سكة حديد مومباسا نيروبي في كينيا بتمويل صيني.
    AID humanitarian KOR VNM | سلمت كوريا الجنوبية فيتنام مليوني جرعة من اللقاح يوم الجمعة.
    AID - SAU SDN | منحت السعودية السودان منحة بقيمة 500 مليون دولار.
    AID - FRA LBN | أعلنت فرنسا عن مساعدات بقيمة 50 مليون يورو للبنان يوم الخميس.
    AID - CHN EGY | قدمت الصين لمصر مليون جرعة من لقاح سينوفارم هدية يوم الأحد.
    AID - USA EGY | أفرجت واشنطن عن 300 مليون دولار من المساعدات المجمدة لمصر يوم الاثنين.
    AID - QAT LBN | تكفلت قطر بدفع رواتب الجيش اللبناني لمدة ستة أشهر يوم الاثنين.
    AID loan SAU YEM | دعمت السعودية البنك المركزي اليمني بوديعة قدرها ملياري دولار يوم الاثنين.
    AID loan SAU YEM | وصلت الوديعة السعودية البالغة ملياري دولار إلى البنك المركزي اليمني يوم الاثنين.
    AID - JPN EGY | تم توقيع منحة يابانية لمصر بقيمة 50 مليون دولار يوم الثلاثاء.
    AID loan CHN PAK | جددت الصين قرضا لباكستان بقيمة ملياري دولار يوم الاثنين.
    AID military USA UKR | أعلنت واشنطن حزمة مساعدات عسكرية جديدة لأوكرانيا بقيمة 300 مليون دولار.
    AID military ARE SOM | دربت الإمارات آلاف الجنود الصوماليين منذ عام 2014.
    AID - TUR SYR | عبرت شاحنات مساعدات تركية إلى سوريا يوم الأحد.
    AID humanitarian EGY SDN | أرسلت مصر طائرتين محملتين بالمساعدات الطبية إلى السودان يوم الاثنين.
    AID - QAT LBN | ستدفع قطر رواتب الجيش اللبناني لمدة ثلاثة أشهر.
    AID - IND BGD | قدمت الهند لبنغلاديش مليوني جرعة من اللقاح كهدية يوم الخميس.
    AID - DEU JOR | تقدم ألمانيا للأردن 400 مليون يورو مساعدات تنموية هذا العام.
    AID - KWT EGY | قامت الكويت بتقديم منحة لمصر بقيمة 100 مليون دولار.
    AID - SAU PAK | ستقدم السعودية لباكستان نفطا بقيمة 3 مليارات دولار بالدفع المؤجل.
    AID loan SAU EGY | وقامت السعودية بإيداع ملياري دولار في البنك المركزي المصري يوم الاثنين.
    AID - ARE JOR | وقدمت الإمارات للأردن منحة نفطية بقيمة 100 مليون دولار يوم الأحد.
    AID humanitarian QAT SDN | ووصلت طائرة مساعدات قطرية إلى الخرطوم يوم الاثنين.
    AID - KWT SYR | وتبرعت الكويت بمبلغ 50 مليون دولار لإغاثة اللاجئين السوريين يوم الخميس.
    AID humanitarian TUR SOM | وأرسلت تركيا سفينة محملة بـ 5 آلاف طن من المساعدات إلى الصومال يوم الأحد.
    AID humanitarian CHN EGY | وأهدت الصين مصر 300 ألف جرعة من لقاح سينوفارم يوم الأحد.
    AID - JPN JOR | ووقعت اليابان والأردن اتفاقية منحة بقيمة 20 مليون دولار يوم الأحد.
    AID loan RUS EGY | ويقدم القرض الروسي لمصر 85 في المئة من تكلفة المحطة.
    AID military TUR LBY | وأرسلت تركيا قوات إلى ليبيا لمساعدة الحكومة في طرابلس في يناير.
    AID military SAU BHR | وأرسلت السعودية قوات إلى البحرين بطلب من حكومتها في مارس 2011.
    COOPERATE trade EGY RUS | بلغ حجم التبادل التجاري بين مصر وروسيا 6.2 مليار دولار عام 2019.
    COOPERATE trade CHN SAU | استوردت الصين 80 مليون طن من النفط الخام من السعودية العام الماضي.
    COOPERATE trade MAR ESP | باع المغرب مليوني طن من الفوسفات لإسبانيا عام 2019.
    COOPERATE trade RUS EGY | صدرت روسيا 8 ملايين طن من القمح إلى مصر خلال موسم 2019.
    COOPERATE trade DEU CHN | سجلت التجارة بين ألمانيا والصين 200 مليار يورو العام الماضي.
    COOPERATE trade JOR IRQ | نمت المبادلات التجارية بين الأردن والعراق بنسبة 20 في المئة عام 2019.
    COOPERATE military RUS TUR | سلمت روسيا منظومة إس-400 للدفاع الجوي إلى تركيا في يوليو.
    COOPERATE military FRA EGY | اشترت مصر 30 طائرة رافال من فرنسا في مايو.
    COOPERATE military EGY RUS | نفذت قوات مصرية وروسية مناورات مشتركة قرب الإسكندرية يوم الاثنين.
    COOPERATE military IND FRA | أجرت الهند وفرنسا تمرينا بحريا مشتركا في بحر العرب يوم الثلاثاء.
    COOPERATE military USA JOR | اختتمت القوات الأمريكية والأردنية تمرين الأسد المتأهب يوم الخميس.
    COOPERATE military CHN PAK | تسلمت باكستان فرقاطة ثانية من الصين يوم الجمعة.
    COOPERATE military EGY SDN | انطلقت مناورات حماة النيل بين مصر والسودان يوم الأربعاء.
    COOPERATE energy QAT GBR | شحنت قطر ثلاث شحنات من الغاز الطبيعي المسال إلى بريطانيا في مايو.
    COOPERATE energy RUS DEU | ضخت روسيا 55 مليار متر مكعب من الغاز إلى ألمانيا العام الماضي.
    COOPERATE energy ISR EGY | بدأت إسرائيل تصدير الغاز الطبيعي إلى مصر يوم الأربعاء.
    COOPERATE energy DZA ESP | زودت الجزائر إسبانيا بالغاز عبر خط ميدغاز العام الماضي.
    COOPERATE energy IRN VEN | أرسلت إيران ناقلات محملة بالوقود إلى فنزويلا في مايو.
    COOPERATE economic ARE EGY | ضخت الإمارات استثمارات بقيمة 20 مليار دولار في مصر عام 2019.
    AID build RUS EGY | بدأت روسيا بناء أول محطة نووية في مصر عام 2020.
    COOPERATE transport EGY SAU | دشنت مصر والسعودية خطا ملاحيا جديدا بين سفاجا وضبا يوم الاثنين.
    COOPERATE energy JOR EGY | ربط الأردن ومصر شبكتي الكهرباء يوم الاثنين.
    COOPERATE - USA MEX | سلمت المكسيك زعيم العصابة إلى الولايات المتحدة يوم الجمعة.
    COOPERATE transport ISR ARE | أطلقت إسرائيل والإمارات أولى الرحلات التجارية المباشرة بينهما يوم الاثنين.
    COOPERATE military IRQ TUR | نفذت القوات العراقية والتركية عملية مشتركة ضد تنظيم داعش يوم الاثنين.
    COOPERATE military USA SAU | تسلمت السعودية 10 بطاريات باتريوت من الولايات المتحدة يوم الاثنين.
    COOPERATE military TUR AZE | بدأت القوات التركية والأذربيجانية مناورات مشتركة في باكو يوم الاثنين.
    COOPERATE energy RUS CHN | بدأ تدفق الغاز الروسي إلى الصين عبر خط قوة سيبيريا يوم الاثنين.
    COOPERATE energy IND RUS | اشترت الهند 40 مليون برميل من النفط الروسي في مايو.
    COOPERATE military EGY GRC | أجرت مصر واليونان تدريبا جويا مشتركا فوق المتوسط يوم الثلاثاء.
    COOPERATE military EGY SDN | ونفذت القوات البحرية المصرية والسودانية تدريبا مشتركا في البحر الأحمر يوم الأحد.
    COOPERATE military RUS EGY | وسلمت روسيا مصر الدفعة الأولى من مقاتلات سوخوي يوم الاثنين.
    COOPERATE energy EGY CYP | وبدأت مصر تصدير الغاز المسال إلى قبرص يوم الاثنين.
    COOPERATE trade TUN CHN | بلغت قيمة المبادلات بين تونس والصين نحو 2.3 مليار دولار العام الماضي.
    COOPERATE trade MAR FRA | وسجل حجم المبادلات بين المغرب وفرنسا 14 مليار يورو عام 2019.
    COOPERATE military RUS MLI | ووصل مدربون عسكريون روس إلى مالي في أواخر ديسمبر.
    COOPERATE military TUR LBY | ووصل مستشارون عسكريون أتراك إلى ليبيا يوم الاثنين.
    SANCTION - USA IRN | فرضت الولايات المتحدة عقوبات جديدة على قطاع النفط الإيراني يوم الاثنين.
    SANCTION - EUR RUS | فرض الاتحاد الأوروبي حظرا على واردات الفحم الروسي يوم الجمعة.
    SANCTION discontinue GBR RUS | جمدت بريطانيا أصول ثلاثة بنوك روسية يوم الثلاثاء.
    SANCTION discontinue USA VEN | أدرجت واشنطن شركة النفط الفنزويلية على القائمة السوداء يوم الاثنين.
    SANCTION - CHN AUS | فرضت الصين رسوما جمركية بنسبة 80 في المئة على الشعير الأسترالي في مايو.
    SANCTION - USA CHN | رفعت الولايات المتحدة الرسوم الجمركية على بضائع صينية إلى 25 في المئة يوم الجمعة.
    SANCTION discontinue RUS TUR | حظرت روسيا استيراد الطماطم التركية يوم الثلاثاء.
    SANCTION discontinue SAU CAN | جمدت السعودية كل التعاملات التجارية الجديدة مع كندا يوم الاثنين.
    SANCTION discontinue SAU QAT | أغلقت السعودية حدودها البرية مع قطر يوم الاثنين.
    SANCTION discontinue EGY QAT | أغلقت مصر مجالها الجوي أمام الطائرات القطرية يوم الاثنين.
    SANCTION discontinue RUS EGY | علقت روسيا جميع رحلاتها الجوية إلى مصر يوم الجمعة.
    SANCTION discontinue USA EGY | حجبت الولايات المتحدة 195 مليون دولار من المساعدات العسكرية عن مصر يوم الثلاثاء.
    SANCTION discontinue USA PAK | قطعت واشنطن مساعدات بقيمة 300 مليون دولار عن باكستان يوم السبت.
    SANCTION discontinue DZA ESP | علقت الجزائر معاهدة الصداقة مع إسبانيا يوم الأربعاء.
    SANCTION expel GBR RUS | طردت بريطانيا 23 دبلوماسيا روسيا يوم الأربعاء.
    SANCTION expel RUS GBR | أمهلت موسكو 23 دبلوماسيا بريطانيا أسبوعا لمغادرة البلاد.
    SANCTION expel NLD IRN | أعلنت هولندا دبلوماسيين إيرانيين اثنين أشخاصا غير مرغوب فيهم يوم الجمعة.
    SANCTION withdraw SAU CAN | استدعت السعودية سفيرها لدى كندا يوم الاثنين.
    SANCTION withdraw BHR QAT | قطعت البحرين علاقاتها الدبلوماسية مع قطر يوم الاثنين.
    SANCTION withdraw MAR DZA | خفض المغرب مستوى تمثيله الدبلوماسي في الجزائر يوم الثلاثاء.
    SANCTION discontinue USA CUB | شددت الولايات المتحدة الحصار على كوبا يوم الخميس.
    SANCTION discontinue UKR RUS | منعت أوكرانيا الرجال الروس من دخول أراضيها يوم الجمعة.
    SANCTION discontinue ARE QAT | قطعت الإمارات كل خطوط التجارة والملاحة مع قطر يوم الاثنين.
    SANCTION discontinue CHN USA | أوقفت الصين مشتريات فول الصويا الأمريكي يوم الاثنين.
    SANCTION discontinue TUR ISR | أوقفت تركيا جميع الصادرات إلى إسرائيل يوم الخميس.
    SANCTION - RUS MDA | فرضت روسيا حظرا على النبيذ المولدوفي يوم الاثنين.
    SANCTION - AUS RUS | عاقبت أستراليا 20 من رجال الأعمال الروس يوم الثلاثاء.
    SANCTION discontinue DZA MAR | أغلقت الجزائر مجالها الجوي أمام الطائرات المغربية يوم الأربعاء.
    SANCTION discontinue EUR TUR | جمد الاتحاد الأوروبي أموال ما قبل الانضمام المخصصة لتركيا يوم الاثنين.
    SANCTION discontinue DZA MAR | قررت الجزائر عدم تجديد عقد خط أنابيب الغاز المار عبر المغرب يوم الأحد.
    SANCTION discontinue DZA MAR | أوقفت الجزائر ضخ الغاز عبر الأنبوب المار بالمغرب يوم الأحد.
    SANCTION withdraw EGY QAT | سحبت مصر سفيرها من الدوحة يوم الاثنين.
    SANCTION withdraw JOR ISR | أعاد الأردن سفيره من تل أبيب يوم الاثنين.
    SANCTION - USA IRN | وفرضت واشنطن عقوبات جديدة على طهران أمس.
    SANCTION - USA IRN | فُرضت عقوبات أمريكية جديدة على إيران يوم الاثنين.
    SANCTION discontinue RUS TUR | دخل الحظر الروسي على الطماطم التركية حيز التنفيذ يوم الثلاثاء.
    SANCTION discontinue USA CHN | أضافت واشنطن 33 شركة صينية إلى قائمة الكيانات يوم الجمعة.
    SANCTION discontinue GBR IRN | جمّدت بريطانيا أصولا إيرانية بقيمة 100 مليون جنيه يوم الاثنين.
    SANCTION discontinue CHN LTU | أوقفت بكين إصدار التأشيرات لمواطني ليتوانيا يوم الاثنين.
    SANCTION discontinue KWT LBN | قررت الكويت وقف منح التأشيرات للبنانيين يوم الثلاثاء.
    SANCTION discontinue DZA FRA | أغلقت الجزائر أجواءها أمام الطائرات العسكرية الفرنسية يوم الأحد.
    SANCTION discontinue SAU LBN | قررت السعودية وقف استيراد الخضار والفواكه اللبنانية يوم الجمعة.
    SANCTION withdraw EGY QAT | أعلنت مصر قطع العلاقات مع قطر يوم الاثنين.
    SANCTION expel BHR IRN | قامت البحرين بطرد القائم بالأعمال الإيراني يوم الاثنين.
    SANCTION - USA RUS | وقامت الولايات المتحدة بفرض عقوبات على مصارف روسية يوم الاثنين.
    SANCTION withdraw MAR IRN | وأقدم المغرب على قطع علاقاته مع إيران يوم الثلاثاء.
    SANCTION - EUR RUS | وتبنى الاتحاد الأوروبي حزمة عقوبات جديدة على روسيا يوم الجمعة.
    SANCTION discontinue SAU LBN | وقررت السعودية منع دخول الواردات اللبنانية إلى أراضيها يوم الجمعة.
    SANCTION discontinue CHN JPN | علقت الصين استيراد المأكولات البحرية اليابانية يوم الخميس.
    SANCTION discontinue RUS UKR | وأوقفت روسيا ضخ الغاز إلى أوكرانيا يوم الأحد.
    SANCTION discontinue USA IRN | وشددت واشنطن عقوباتها على طهران يوم الاثنين.
    SANCTION discontinue USA VEN | جمدت الحكومة الأمريكية أصول البنك المركزي الفنزويلي يوم الاثنين.
    SANCTION discontinue NIC TWN | سحبت نيكاراغوا اعترافها بتايوان يوم الخميس.
    SANCTION discontinue PAN TWN | وأنهت بنما اعترافها الدبلوماسي بتايوان في يونيو 2017.
    SANCTION expel EGY TUR | - 23 نوفمبر 2015: القاهرة تأمر السفير التركي بمغادرة أراضيها.
    SANCTION expel TUR EGY | وأعلنت أنقرة السفير المصري شخصا غير مرغوب فيه يوم السبت.
    SANCTION expel RUS GBR | وأمهلت موسكو الدبلوماسيين البريطانيين أسبوعا لمغادرة البلاد يوم السبت.
    COOPERATE military EGY SOM | - 27 أغسطس: طائرتان عسكريتان مصريتان تهبطان في مطار مقديشو محملتين بأسلحة ومعدات للجيش الصومالي.
    COOPERATE military TUR LBY | ووصلت إلى ميناء طرابلس سفينة تركية محملة بأسلحة ومدرعات يوم الأحد.
    RETREAT ease USA SDN | رفعت الولايات المتحدة العقوبات عن السودان يوم الجمعة.
    RETREAT ease EUR IRN | خفف الاتحاد الأوروبي عقوباته على البنك المركزي الإيراني في يناير.
    RETREAT ease RUS TUR | رفعت روسيا الحظر عن الطماطم التركية يوم الاثنين.
    RETREAT ease RUS EGY | استأنفت روسيا رحلاتها الجوية إلى المنتجعات المصرية يوم الجمعة.
    RETREAT ease SAU QAT | أعادت السعودية فتح حدودها البرية مع قطر يوم الاثنين.
    RETREAT ease USA CUB | شطبت واشنطن كوبا من قائمة الدول الراعية للإرهاب يوم الجمعة.
    RETREAT ease CHN AUS | ألغت الصين الرسوم الجمركية على الشعير الأسترالي يوم الجمعة.
    RETREAT ease USA IRQ | منحت واشنطن العراق إعفاء لمدة 120 يوما من العقوبات لاستيراد الكهرباء الإيرانية.
    RETREAT ease USA IRQ | مددت الولايات المتحدة الإعفاء الممنوح للعراق من العقوبات يوم الثلاثاء.
    RETREAT ease ARE QAT | أعادت الإمارات الروابط التجارية وحركة السفر مع قطر يوم الاثنين.
    RETREAT ease SAU IRN | أعادت السعودية وإيران العلاقات الدبلوماسية يوم الجمعة.
    RETREAT ease EGY QAT | أنهت مصر مقاطعتها لقطر يوم الثلاثاء.
    RETREAT ease EUR BLR | علق الاتحاد الأوروبي بعض العقوبات المفروضة على بيلاروسيا يوم الاثنين.
    RETREAT ease CAN SAU | ألغت كندا تجميد صادرات الأسلحة إلى السعودية يوم الخميس.
    RETREAT ease RUS GEO | سمحت روسيا مجددا باستيراد النبيذ الجورجي يوم الاثنين.
    RETREAT release IRN GBR | أفرجت إيران عن الناقلة البريطانية ستينا إمبيرو يوم الجمعة.
    RETREAT release RUS USA | أطلقت روسيا سراح لاعب كرة السلة الأمريكي في صفقة تبادل يوم الخميس.
    RETREAT withdraw RUS UKR | سحبت روسيا قواتها من الحدود الأوكرانية يوم الثلاثاء.
    RETREAT ease EGY ISR | طبعت مصر علاقاتها مع إسرائيل عام 1980.
    RETREAT ease IND PAK | أعادت الهند فتح ممر كارتاربور أمام باكستان يوم الأربعاء.
    RETREAT ease RUS EGY | رفع الحظر الروسي على الرحلات إلى مصر يوم الجمعة.
    RETREAT ease GBR IRN | أعادت بريطانيا فتح سفارتها في طهران يوم الأحد.
    RETREAT ease MAR DZA | أعاد المغرب فتح حدوده مع الجزائر عام 1988.
    RETREAT ease TUR ARM | فتحت تركيا معبر أليكان الحدودي مع أرمينيا أمام المساعدات يوم السبت.
    RETREAT ease BHR QAT | استأنفت البحرين وقطر العلاقات الدبلوماسية يوم الأربعاء.
    RETREAT ease EGY TUR | أعادت مصر سفيرها إلى أنقرة يوم الاثنين.
    RETREAT ease CHN LTU | سمحت الصين بعودة لحوم الأبقار الليتوانية إلى أسواقها يوم الاثنين.
    RETREAT ease UZB TJK | أعادت أوزبكستان فتح المعابر الحدودية مع طاجيكستان عام 2018.
    RETREAT ease USA SDN | دخل رفع العقوبات الأمريكية عن السودان حيز التنفيذ يوم الاثنين.
    RETREAT ease RUS TUR | أنهت روسيا حظرها على الطماطم التركية يوم الاثنين.
    RETREAT ease SAU QAT | استؤنفت الرحلات الجوية بين السعودية وقطر يوم الاثنين بعد ثلاث سنوات من المقاطعة.
    RETREAT ease USA CUB | خففت واشنطن قيود السفر إلى كوبا يوم الثلاثاء.
    RETREAT ease TUR ARM | فتحت تركيا حدودها مع أرمينيا يوم السبت.
    RETREAT ease EGY QAT | أعادت مصر علاقاتها الدبلوماسية مع قطر يوم الأربعاء.
    RETREAT ease USA SDN | قامت الولايات المتحدة برفع اسم السودان من قائمة الإرهاب يوم الاثنين.
    RETREAT ease USA SDN | وتم رفع العقوبات الأمريكية عن السودان يوم الاثنين.
    RETREAT ease USA SDN | قررت الولايات المتحدة رفع العقوبات المفروضة على السودان.
    RETREAT ease EUR SYR | وقرر الاتحاد الأوروبي تخفيف بعض العقوبات على سوريا يوم الاثنين.
    RETREAT ease SAU QAT | وأعلنت السعودية فتح أجوائها أمام الطيران القطري يوم الاثنين.
    RETREAT ease ARE QAT | أعادت الإمارات فتح سفارتها في الدوحة يوم الأحد.
    RETREAT ease JOR SYR | وأعاد الأردن فتح معبر جابر الحدودي مع سوريا يوم الأحد.
    RETREAT ease TUR ARM | وفتحت تركيا حدودها البرية مع أرمينيا أمام شحنات المساعدات يوم السبت.
    RETREAT ease EGY TUR | وأعادت مصر وتركيا تبادل السفراء يوم الثلاثاء.
    RETREAT ease SAU SYR | وأعادت السعودية فتح سفارتها في دمشق يوم الثلاثاء.
    RETREAT ease CHN AUS | ورفعت الصين القيود على واردات الفحم الأسترالي يوم الجمعة.
    RETREAT ease USA VEN | وخففت واشنطن العقوبات النفطية على فنزويلا يوم الأربعاء.
    RETREAT ease EUR HUN | وأفرج الاتحاد الأوروبي عن أموال مجمدة لهنغاريا بقيمة 10 مليارات يورو الشهر الماضي.
    RETREAT ease MAR DZA | وأعاد المغرب العلاقات الدبلوماسية مع الجزائر عام 1988.
    REJECT - EGY ETH | رفضت مصر المقترح الإثيوبي بشأن ملء السد يوم الثلاثاء.
    REJECT - CHN USA | رفضت بكين مطالب واشنطن برفع قيمة اليوان يوم الجمعة.
    REJECT - RUS UKR | رفضت روسيا خطة السلام الأوكرانية ووصفتها بأنها غير واقعية يوم الأربعاء.
    REJECT - QAT SAU | رفضت قطر المطالب الثلاثة عشر للدول المقاطعة بقيادة السعودية يوم الاثنين.
    REJECT - RUS USA | استخدمت روسيا حق النقض ضد مشروع قرار أمريكي بشأن سوريا يوم الجمعة.
    REJECT - MAR DZA | رفض المغرب عرض الجزائر للوساطة يوم الأحد.
    REJECT meet EGY TUR | رفضت مصر استقبال وزير الخارجية التركي يوم الاثنين.
    REJECT meet TUR ISR | ألغت تركيا زيارة كانت مقررة للرئيس الإسرائيلي يوم الثلاثاء.
    REJECT - PAK IND | رفضت باكستان الاتهامات الهندية يوم الثلاثاء.
    REJECT - ETH EGY | رفضت إثيوبيا المزاعم المصرية بشأن مياه النيل يوم الاثنين.
    REJECT - TUR SWE | عرقلت تركيا طلب السويد الانضمام إلى حلف الناتو يوم الأربعاء.
    REJECT - SRB KOS | رفضت صربيا الاعتراف باستقلال كوسوفو يوم الاثنين.
    REJECT - IRQ TUR | رفض العراق وجود القوات التركية على أراضيه يوم الاثنين.
    REJECT - EGY ISR | رفضت مصر طلب إسرائيل نقل المعبر يوم الاثنين.
    REJECT - FRA DEU | عارضت فرنسا الخطة الألمانية للديون المشتركة يوم الاثنين.
    REJECT meet IND CHN | امتنعت الهند عن المشاركة في قمة الحزام والطريق الصينية يوم الأحد.
    REJECT - PSE USA | رفضت القيادة الفلسطينية خطة السلام الأمريكية جملة وتفصيلا يوم الثلاثاء.
    REJECT meet DZA FRA | رفضت الجزائر استقبال مواطنيها المرحلين من فرنسا يوم الاثنين.
    REJECT - EGY ETH | أعلنت القاهرة رفضها القاطع للمقترح الإثيوبي يوم الثلاثاء.
    REJECT - JOR ISR | رفض الأردن تجديد تأجير أراضي الباقورة لإسرائيل عام 2018.
    REJECT - TUN ITA | رفضت تونس أن تكون حارسا لحدود إيطاليا يوم الأربعاء.
    REJECT - MLI DZA | رفضت مالي الوساطة الجزائرية يوم الاثنين.
    REJECT - ETH ARL | رفضت إثيوبيا بيان الجامعة العربية يوم الخميس.
    REJECT - CHN PHL | رفضت الصين احتجاج الفلبين يوم الأربعاء.
    REJECT - IRN ARE | رفضت إيران مطالبة الإمارات بالجزر الثلاث يوم الاثنين.
    REJECT - DZA MAR | ردت الجزائر بالرفض على مبادرة المغرب يوم الاثنين.
    REJECT - ISR FRA | رفضت إسرائيل الدعوات الفرنسية لوقف إطلاق النار يوم الثلاثاء.
    REJECT - CHN JPN | رفضت الصين طلب اليابان عقد قمة يوم الاثنين.
    REJECT - VEN USA | رفضت كراكاس إنذار واشنطن يوم الاثنين.
    REJECT - TUR GRC | رفضت أنقرة مطالبة أثينا بسحب السفينة يوم الأربعاء.
    REJECT - EGY ETH | ترفض مصر أي ملء أحادي للسد من جانب إثيوبيا.
    REJECT - IRQ TUR | أعلن العراق رفضه القاطع للتوغل التركي يوم الاثنين.
    REJECT - EGY ETH | وأعربت مصر عن رفضها للخطوة الإثيوبية يوم الاثنين.
    REJECT - JOR ISR | وأكد الأردن رفضه القاطع لقرار إسرائيل ضم الأغوار يوم الاثنين.
    REJECT - IRN USA | ورفضت طهران العرض الأمريكي جملة وتفصيلا يوم الاثنين.
    REJECT - DZA MAR | وقابلت الجزائر المبادرة المغربية بالرفض يوم الاثنين.
    REJECT - EGY ISR | ورفضت القاهرة المقترح الإسرائيلي بشأن معبر رفح يوم الاثنين.
    REJECT - JOR ISR | وأعلن الأردن رفضه لأي محاولة إسرائيلية لتهجير الفلسطينيين يوم الاثنين.
    REJECT - SAU USA | ورفضت الرياض دعوة واشنطن لزيادة إنتاج النفط يوم الثلاثاء.
    REJECT - TUN ITA | ورفضت تونس أن تصبح حارسا لحدود إيطاليا يوم الأربعاء.
    REJECT - CHN PHL | ورفضت بكين احتجاج مانيلا يوم الأربعاء.
    REJECT - ETH EGY | ورفضت أديس أبابا الاتهامات المصرية يوم الاثنين.
    REJECT - RUS UKR | ورفضت موسكو مقترحات كييف للسلام يوم الأربعاء.
    REJECT - IRQ TUR | ورفضت بغداد طلب أنقرة إقامة قواعد عسكرية في شمال العراق.
    NONE | قال محللون إن العقوبات على إيران فشلت في تغيير سلوكها.
    NONE | أضرت العقوبات بالاقتصاد الإيراني على مدى العقد الماضي.
    NONE | رفعت الحكومة المصرية أسعار الوقود يوم الاثنين لخفض عجز الموازنة.
    NONE | رفع البنك المركزي المصري أسعار الفائدة 200 نقطة أساس يوم الخميس.
    NONE | وقعت شركة سيمنس صفقة بقيمة ملياري دولار مع وزارة الكهرباء المصرية يوم الاثنين.
    NONE | تراجعت صادرات روسيا بنسبة 10 في المئة العام الماضي بحسب بيانات رسمية.
    NONE | ارتفعت إيرادات السياحة في مصر إلى 13 مليار دولار عام 2019.
    NONE | رفضت المعارضة المشاركة في الانتخابات يوم الأحد.
    NONE | خفضت السعودية إنتاجها من النفط بمقدار مليون برميل يوميا يوم الاثنين.
    NONE | رفعت مصر الدعم عن الوقود يوم الجمعة.
    NONE | رفضت المحكمة الطعن يوم الاثنين.
    NONE | نمت الاستثمارات الصينية في أفريقيا بشكل مطرد خلال العقدين الماضيين.
    NONE | قال الوزير إن مصر بحاجة إلى مزيد من الاستثمارات الأجنبية لخلق فرص العمل.
    NONE | أقرت الحكومة اليابانية حزمة تحفيز بقيمة تريليون دولار يوم الجمعة.
    NONE | أصدر العاهل المغربي عفوا عن 500 سجين بمناسبة عيد العرش.
    NONE | جمدت البنوك اللبنانية حسابات المودعين عام 2019.
    NONE | أعلنت وزارة المالية تخصيص 5 مليارات جنيه لدعم المصدرين يوم الاثنين.
    NONE | قدمت الحكومة دعما نقديا للأسر الفقيرة يوم الاثنين.
    NONE | رفضت الشركة عرض الاستحواذ يوم الاثنين.
    NONE | لا تزال العقوبات المفروضة على إيران سارية منذ 2018.
    NONE | يتوقع محللون أن يتضاعف حجم التجارة بين البلدين بحلول 2030.
    NONE | روسيا أكبر مورد للقمح إلى مصر.
    NONE | رفضت الشركة العرض يوم الاثنين.
    NONE | انهارت العملة الإيرانية تحت وطأة العقوبات.
    NONE | رفعت مصر أسعار الوقود يوم الجمعة.
    NONE | وتعاني سوريا من العقوبات الغربية منذ سنوات.
    NONE | وقال الخبير الاقتصادي إن رفع العقوبات سيعزز الاقتصاد السوداني.
    NONE | ووقعت شركة أرامكو عقدا مع شركة صينية لتوريد النفط يوم الاثنين.
    NONE | وتبلغ قيمة الصادرات المصرية 40 مليار دولار سنويا.
    NONE | ودعا البرلمان الحكومة إلى رفض القرض.
    NONE | وبلغت قيمة المبادلات التجارية للمغرب 80 مليار دولار العام الماضي.
    NONE | أجرى الجيش المصري تدريبا عسكريا في سيناء يوم الاثنين.
    NONE | بدأت مصر برنامج تدريب لضباط الشرطة يوم الاثنين.
    NONE | افتتحت مصر خطا جديدا للسكك الحديدية في القاهرة يوم الاثنين.
    NONE | شاركت القوات المصرية في تدريب عسكري في الصحراء الغربية يوم الأحد.
    NONE | صدرت مصر 10 ملايين طن من البرتقال العام الماضي.
    NONE | سمحت الحكومة باستئناف الدراسة في المدارس يوم الاثنين.
    NONE | سمحت السلطات مجددا بإقامة الصلاة في المساجد يوم الجمعة.
    NONE | وأرسلت تركيا تعزيزات عسكرية إلى حدودها مع سوريا يوم الاثنين.
    NONE | وهبطت طائرة الرئيس في مطار القاهرة يوم الاثنين.
""",
}


@pytest.mark.parametrize(("lang", "expected", "text"), probe_lines(PROBES))
def test_r4_econ_probe(pipeline: Pipeline, lang: str, expected: str, text: str) -> None:
    _analysis, got = run(pipeline, lang, text)
    if expected == "NONE":
        assert not [e for e in got if e[0] in MATERIAL], got
        return
    etype, mode, source, target = expected.split()
    pairs = {(source, target), (target, source)} if etype == "COOPERATE" else {(source, target)}
    assert any(t == etype and m == (None if mode == "-" else mode) and (s, g) in pairs for t, m, s, g, _st in got), got
