"""The benchmark generator's own lexicon and vocabulary (data only).

Entities: (id, kind, name, [aliases], [extra text forms]).
Extra text forms are inflections or compounds the aliases cover
("Huawei-apparatuur" via the hyphen boundary, "surveillanceapparatuur" via
the prefix alias "surveillance*"). Every form is checked by the generator's
reference matcher to name exactly its entity.
"""

VENDORS = [
    ("huawei", "Huawei", ["Huawei Technologies"], ["Huawei-apparatuur", "Huawei-netwerken"]),
    ("hikvision", "Hikvision", ["Hangzhou Hikvision"], ["Hikvision-camera's"]),
    ("zte", "ZTE", ["ZTE Corporation"], ["ZTE-apparatuur"]),
    ("dahua", "Dahua", ["Dahua Technology"], ["Dahua-camera's"]),
    ("bytedance", "ByteDance", [], []),
    ("tiktok", "TikTok", [], ["TikTok-app"]),
    ("temu", "Temu", ["PDD Holdings"], []),
    ("alibaba", "Alibaba", ["Alibaba Group"], []),
    ("aliexpress", "AliExpress", [], []),
    ("tencent", "Tencent", ["Tencent Holdings"], []),
    ("dji", "DJI", ["Da-Jiang Innovations"], ["DJI-drones"]),
    ("nuctech", "Nuctech", [], ["Nuctech-scanners"]),
    ("kaspersky", "Kaspersky", ["Kaspersky Lab"], []),
    ("sensetime", "SenseTime", [], []),
    ("megvii", "Megvii", [], []),
    ("iflytek", "iFlytek", [], []),
    ("xiaomi", "Xiaomi", [], ["Xiaomi-telefoons"]),
    ("lenovo", "Lenovo", [], []),
    ("inspur", "Inspur", [], []),
    ("hytera", "Hytera", ["Hytera Communications"], []),
    ("china-mobile", "China Mobile", [], []),
    ("china-telecom", "China Telecom", [], []),
    ("china-unicom", "China Unicom", [], []),
    ("bgi", "BGI Group", ["BGI", "Beijing Genomics Institute"], []),
    ("mgi", "MGI Tech", [], []),
    ("quectel", "Quectel", [], ["Quectel-modules"]),
    ("fibocom", "Fibocom", [], []),
    ("catl", "CATL", ["Contemporary Amperex"], []),
    ("byd", "BYD", [], ["BYD-bussen"]),
    ("nio", "NIO", [], []),
    ("yitu", "Yitu", ["Yitu Technology"], []),
    ("cloudwalk", "CloudWalk", [], []),
    ("uniview", "Uniview", [], []),
    ("tiandy", "Tiandy", [], []),
    ("sugon", "Sugon", [], []),
    ("oppo", "Oppo", [], []),
    ("transsion", "Transsion", [], []),
    ("shein", "Shein", [], []),
    ("wechat", "WeChat", [], []),
    ("palantir", "Palantir", ["Palantir Technologies"], []),
    ("nso", "NSO Group", ["NSO"], ["NSO-spyware"]),
    ("cellebrite", "Cellebrite", [], []),
    ("microsoft", "Microsoft", [], ["Microsoft-clouddiensten"]),
    ("google", "Google", ["Alphabet"], []),
    ("aws", "Amazon Web Services", ["AWS"], []),
    ("amazon", "Amazon", [], []),
    ("meta", "Meta Platforms", ["Meta", "Facebook"], []),
    ("oracle", "Oracle", [], []),
    ("cisco", "Cisco", ["Cisco Systems"], []),
    ("nokia", "Nokia", [], []),
    ("ericsson", "Ericsson", [], []),
    ("thales", "Thales", [], []),
    ("fox-it", "Fox-IT", [], []),
    ("asml", "ASML", [], ["ASML-machines"]),
    ("nexperia", "Nexperia", [], []),
    ("wingtech", "Wingtech", [], []),
    ("ymtc", "Yangtze Memory", ["YMTC"], []),
    ("smic", "SMIC", [], []),
    ("hisilicon", "HiSilicon", [], []),
    ("clearview", "Clearview AI", [], []),
    ("arm", "Arm Holdings", ["ARM"], []),
    ("idemia", "Idemia", [], []),
    ("capgemini", "Capgemini", [], []),
]

INSTITUTIONS = [
    ("eu", "Europese Unie", ["EU", "European Union"], ["EU-lidstaten", "EU-instellingen"]),
    ("europese-commissie", "Europese Commissie", ["Commissie van de Europese Unie"], []),
    ("europees-parlement", "Europees Parlement", [], []),
    ("navo", "NAVO", ["NATO", "Noord-Atlantische Verdragsorganisatie"], ["NAVO-bondgenoten"]),
    ("vn", "Verenigde Naties", ["VN"], ["VN-lidstaten"]),
    ("who", "Wereldgezondheidsorganisatie", ["WHO"], []),
    ("wto", "Wereldhandelsorganisatie", ["WTO"], ["WTO-regels"]),
    ("oeso", "OESO", ["OECD", "Organisatie voor Economische Samenwerking"], ["OESO-richtlijnen"]),
    ("europol", "Europol", [], []),
    ("eurojust", "Eurojust", [], []),
    ("enisa", "ENISA", [], []),
    ("interpol", "Interpol", [], []),
    ("iaea", "IAEA", ["Internationaal Atoomenergieagentschap"], []),
    ("imf", "IMF", ["Internationaal Monetair Fonds"], []),
    ("wereldbank", "Wereldbank", [], []),
    ("raad-van-europa", "Raad van Europa", [], []),
    ("ecb", "ECB", ["Europese Centrale Bank"], []),
    ("dnb", "Nederlandsche Bank", ["DNB"], []),
    ("afm", "AFM", ["Autoriteit Financiële Markten"], []),
    ("aivd", "AIVD", ["Algemene Inlichtingen- en Veiligheidsdienst"], []),
    ("mivd", "MIVD", ["Militaire Inlichtingen- en Veiligheidsdienst"], []),
    ("nctv", "NCTV", ["Nationaal Coördinator Terrorismebestrijding en Veiligheid"], []),
    ("ncsc", "NCSC", ["Nationaal Cyber Security Centrum"], []),
    ("rijkswaterstaat", "Rijkswaterstaat", [], []),
    ("belastingdienst", "Belastingdienst", [], []),
    ("uwv", "UWV", [], []),
    ("svb", "SVB", ["Sociale Verzekeringsbank"], []),
    ("duo", "DUO", ["Dienst Uitvoering Onderwijs"], []),
    ("cbs", "CBS", ["Centraal Bureau voor de Statistiek"], []),
    ("rivm", "RIVM", [], []),
    ("acm", "ACM", ["Autoriteit Consument en Markt"], []),
    ("ap", "Autoriteit Persoonsgegevens", ["AP"], []),
    ("douane", "Douane", [], []),
    ("kadaster", "Kadaster", [], []),
    ("knmi", "KNMI", [], []),
    ("kmar", "Koninklijke Marechaussee", ["KMar", "marechaussee"], []),
    ("defensie", "Ministerie van Defensie", ["Defensie"], []),
    ("politie", "Nationale Politie", ["politie"], ["politie-eenheden"]),
    ("om", "Openbaar Ministerie", ["OM"], []),
    ("nvwa", "NVWA", [], []),
    ("ilt", "ILT", ["Inspectie Leefomgeving en Transport"], []),
    ("coa", "COA", ["Centraal Orgaan opvang asielzoekers"], []),
    ("ind", "IND", ["Immigratie- en Naturalisatiedienst"], []),
    ("zin", "Zorginstituut Nederland", ["ZIN"], []),
    ("rdw", "RDW", [], []),
    ("cjib", "CJIB", [], []),
    ("logius", "Logius", [], []),
    ("nfi", "Nederlands Forensisch Instituut", ["NFI"], []),
    ("tno", "TNO", [], []),
    ("nwo", "NWO", [], []),
    ("knaw", "KNAW", [], []),
    ("rathenau", "Rathenau Instituut", [], []),
    ("rekenkamer", "Algemene Rekenkamer", ["Rekenkamer"], []),
    ("raad-van-state", "Raad van State", [], []),
    ("tu-delft", "TU Delft", ["Technische Universiteit Delft"], []),
    ("universiteit-leiden", "Universiteit Leiden", [], []),
    ("prorail", "ProRail", [], []),
    ("schiphol", "Schiphol", ["Royal Schiphol Group"], []),
    ("tennet", "TenneT", [], []),
    ("gasunie", "Gasunie", [], []),
    ("havenbedrijf", "Havenbedrijf Rotterdam", [], []),
]

OTHERS = [
    ("treaty", "handvest-vn", "Handvest van de Verenigde Naties", ["VN-Handvest"], []),
    ("treaty", "avg", "Algemene verordening gegevensbescherming", ["AVG", "GDPR"], []),
    ("treaty", "nis2", "NIS2-richtlijn", ["NIS2"], []),
    ("treaty", "ai-verordening", "AI-verordening", ["AI Act"], []),
    ("treaty", "dsa", "Digital Services Act", ["DSA"], []),
    ("treaty", "dma", "Digital Markets Act", ["DMA"], []),
    ("treaty", "chips-act", "Europese Chips Act", ["Chips Act"], []),
    ("treaty", "evrm", "Europees Verdrag voor de Rechten van de Mens", ["EVRM"], []),
    ("treaty", "wassenaar", "Wassenaar Arrangement", [], []),
    ("treaty", "vn-vrouwenverdrag", "VN-Vrouwenverdrag", [], []),
    ("place", "china", "China", ["Volksrepubliek China"], []),
    ("place", "xinjiang", "Xinjiang", ["Xinjang"], []),
    ("place", "hongkong", "Hongkong", [], []),
    ("place", "taiwan", "Taiwan", [], []),
    ("place", "rusland", "Rusland", ["Russische Federatie"], []),
    ("place", "iran", "Iran", [], []),
    ("place", "oekraine", "Oekraïne", [], ["Oekraine"]),
    ("place", "noord-korea", "Noord-Korea", [], []),
    ("place", "belarus", "Belarus", ["Wit-Rusland"], []),
    ("place", "shenzhen", "Shenzhen", [], []),
    ("place", "peking", "Peking", ["Beijing"], []),
    ("place", "rotterdam", "Rotterdam", [], []),
    ("place", "curacao", "Curaçao", [], ["Curacao"]),
    ("group", "oeigoeren", "Oeigoeren", ["Oeigoer*"], ["Oeigoerse", "Oeigoer-alarm"]),
    ("topic", "surveillance", "surveillance", ["surveillance*"],
     ["surveillanceapparatuur", "surveillancecamera's", "surveillancemiddelen"]),
    ("topic", "gezichtsherkenning", "gezichtsherkenning", ["gezichtsherkenning*"],
     ["gezichtsherkenningssoftware", "gezichtsherkenningstechnologie"]),
    ("topic", "cyberaanvallen", "cyberaanval", ["cyberaanval*"], ["cyberaanvallen"]),
    ("topic", "desinformatie", "desinformatie", ["desinformatie*"], ["desinformatiecampagnes"]),
    ("topic", "ransomware", "ransomware", ["ransomware*"], ["ransomwareaanval"]),
    ("topic", "exportcontrole", "exportcontrole", ["exportcontrole*"], ["exportcontroles"]),
    ("topic", "dwangarbeid", "dwangarbeid", [], []),
    ("topic", "spionage", "spionage", ["spionage*"], ["spionagesoftware"]),
    ("topic", "datalek", "datalek", ["datalek*"], ["datalekken"]),
    ("topic", "5g", "5G", ["5G-netwerk*"], ["5G-netwerken"]),
]

# Near-misses: strings that look like an alias and must not match.
# Capitals-only aliases that are ordinary lower-case Dutch words, with a phrase
# using the lower-case word.
HOMOGRAPH_PHRASES = [
    "om die reden", "om dit te voorkomen", "wat om zorgvuldigheid vraagt",
    "het duo van beide bewindspersonen", "een duo van toezichthouders",
    "tussen arm en rijk", "een arm gedeelte van de bevolking",
    "in die zin", "de zin van deze aanpak", "geen zin in verdere vertraging",
]
# Glued and near forms (checked: no match).
NEAR_MISS_WORDS = [
    "WTOX", "WTOlid", "NAVOtop", "VNG", "VNO", "EUR", "AIVDer", "OMX",
    "Huaweix", "Huaweiapparatuur", "Hikvisioncamera's", "Temuachtige", "TikTokker",
    "Dahuax", "Alibabagroep", "Kasperskyx", "Nokiax", "ASMLer", "ZTEX", "DJIs",
    "Googlezoekmachine", "Oracles", "Cisconetwerk", "Rijkswaterstaatwerk",
    "Schipholtunnel", "Europolitie", "Chinastrategie", "Iraans", "Russisch",
    "Taiwanees", "Rotterdamse", "Belastingdienstachtig", "Kadasterkaart",
    "TU", "Gasunieterrein",
]

# Filler vocabulary (no alias may hide in it: the generator drops words that do).
NOUNS = """
weerbaarheid infrastructuur netwerken apparatuur software leveranciers systemen
aanbestedingen contracten risico's maatregelen toezicht privacy onderzoek kabinet
sector bedrijven overheden gemeenten provincies burgers gegevens kwetsbaarheden
verantwoordelijkheid afhankelijkheid telecommunicatienetwerken informatiebeveiliging
aanbestedingsprocedures overheidsorganisaties mensenrechtenschendingen toezichthouders
beveiligingsonderzoekers camera's sensoren drones scanners modules servers
clouddiensten datacenters energievoorziening stroomnetten havens vliegvelden
onderwijsinstellingen ziekenhuizen kennisinstellingen universiteiten studenten
onderzoekers ambtenaren bewindspersonen lidstaten bondgenoten partners
berichtgeving onthulling rapportage publicatie analyse evaluatie inventarisatie
risicoanalyse beleidsreactie kamerbrief brief antwoorden toezeggingen motie
beveiligingsrisico's leveringsketens toeleveringsketens handelsbeleid sancties
investeringen overnames fusies exportvergunningen importheffingen subsidies
budgetten begroting uitgaven kosten termijn planning voortgang uitvoering
wetgeving regelgeving richtlijnen normen standaarden certificering keurmerken
aanbevelingen conclusies bevindingen signalen meldingen incidenten storingen
inbraken aanvallen hackers criminelen statelijke actoren inlichtingendiensten
waarborgen voorwaarden afspraken overeenkomsten samenwerking dialoog overleg
gesprekken contacten verklaringen standpunten opvattingen zorgen vragen
""".split()

ADJECTIVES = """
digitale vitale kritieke Chinese Nederlandse Europese Amerikaanse buitenlandse
nationale lokale regionale grootschalige structurele mogelijke concrete
aanvullende nieuwe bestaande recente eerdere huidige toekomstige zorgwekkende
ernstige onomkeerbare strategische economische technologische maatschappelijke
juridische bestuurlijke financiële veilige onveilige betrouwbare onafhankelijke
""".split()

VERB_PHRASES = """
betrokken_is_bij_{np}
gegevens_deelt_met_{np}
toegang_heeft_tot_{np}
een_rol_speelt_in_{np}
actief_is_op_de_Nederlandse_markt
onder_toezicht_staat
heeft_bijgedragen_aan_{np}
zich_houdt_aan_{np}
apparatuur_levert_voor_{np}
investeert_in_{np}
contact_heeft_gehad_over_{np}
zorgen_heeft_geuit_over_{np}
onderzoek_doet_naar_{np}
""".split()

LONG_WORDS = """
telecommunicatienetwerken informatiebeveiliging aanbestedingsprocedures
overheidsorganisaties mensenrechtenschendingen toezichthouders
beveiligingsonderzoekers verantwoordelijkheid afhankelijkheid
toeleveringsketens exportvergunningen onderwijsinstellingen kennisinstellingen
beleidsinstrumenten uitvoeringsorganisaties risicobeoordelingen
""".split()

FIRST_NAMES_SURNAMES = """
Van_Helvert Krul Boswijk Podt Van_Nispen Rooderkerk Paulusma Dobbe Mutluer
Kathmann Ellian Piri Beckerman Teunissen Hertzberg Martens Postma Slagt-Tichelman
Westerveld Kostić Van_Baarle Soepboer Crijns Ceder Vijlbrief Patijn Inge_van_Dijk
Boomsma Van_Houwelingen Dassen Sjoerdsma Brekelmans Omtzigt Bontenbal Eerdmans
Stoffer Bikker Van_der_Plas Kops Tielen Van_Campen Bamenga Paternotte Six_Dijkstra
""".split()

PARTIES = """
CDA D66 SP VVD PVV NSC BBB GroenLinks-PvdA ChristenUnie SGP DENK JA21 Volt FvD
PvdD
""".split()

ADDRESSEES = [
    "de Minister van Buitenlandse Zaken",
    "de Minister van Economische Zaken",
    "de Minister van Justitie en Veiligheid",
    "de Staatssecretaris van Justitie en Veiligheid",
    "de Minister van Binnenlandse Zaken en Koninkrijksrelaties",
    "de Minister van Defensie",
    "de Minister voor Buitenlandse Handel en Ontwikkelingshulp",
    "de Minister van Infrastructuur en Waterstaat",
    "de Minister van Volksgezondheid, Welzijn en Sport",
    "de Minister van Onderwijs, Cultuur en Wetenschap",
    "de Minister van Financiën",
    "de Staatssecretaris van Financiën",
    "de Minister van Asiel en Migratie",
]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
          "augustus", "september", "oktober", "november", "december"]

SITES = ["www.nos.nl/artikel", "www.rtlnieuws.nl/tech/artikel", "nieuws.example.nl/binnenland",
         "www.volkskrant.nl/nieuws-achtergrond", "www.ad.nl/binnenland", "www.nrc.nl/nieuws",
         "www.ftm.nl/artikelen", "tweakers.net/nieuws", "www.security.nl/posting"]
