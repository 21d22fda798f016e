"""Gazetteers for the light-weight actor extractor: places, organizations and title words.

Hand-written, one entry a line, so they are easy to review and extend. Lookups are
case-sensitive on the canonical spelling; aliases map a short form to that spelling.
"""

from __future__ import annotations


def _lines(block: str) -> frozenset[str]:
    return frozenset(line.strip() for line in block.strip().splitlines() if line.strip())


COUNTRIES = _lines(
    """
    Afghanistan
    Albania
    Algeria
    Andorra
    Angola
    Antigua and Barbuda
    Argentina
    Armenia
    Australia
    Austria
    Azerbaijan
    Bahamas
    Bahrain
    Bangladesh
    Barbados
    Belarus
    Belgium
    Belize
    Benin
    Bhutan
    Bolivia
    Bosnia and Herzegovina
    Botswana
    Brazil
    Brunei
    Bulgaria
    Burkina Faso
    Burundi
    Cambodia
    Cameroon
    Canada
    Cape Verde
    Central African Republic
    Chad
    Chile
    China
    Colombia
    Comoros
    Congo
    Costa Rica
    Croatia
    Cuba
    Cyprus
    Czech Republic
    Czechia
    Denmark
    Djibouti
    Dominica
    Dominican Republic
    East Timor
    Ecuador
    Egypt
    El Salvador
    Equatorial Guinea
    Eritrea
    Estonia
    Eswatini
    Ethiopia
    Fiji
    Finland
    France
    Gabon
    Gambia
    Georgia
    Germany
    Ghana
    Greece
    Grenada
    Guatemala
    Guinea
    Guinea-Bissau
    Guyana
    Haiti
    Honduras
    Hungary
    Iceland
    India
    Indonesia
    Iran
    Iraq
    Ireland
    Israel
    Italy
    Ivory Coast
    Jamaica
    Japan
    Jordan
    Kazakhstan
    Kenya
    Kiribati
    Kosovo
    Kuwait
    Kyrgyzstan
    Laos
    Latvia
    Lebanon
    Lesotho
    Liberia
    Libya
    Liechtenstein
    Lithuania
    Luxembourg
    Madagascar
    Malawi
    Malaysia
    Maldives
    Mali
    Malta
    Marshall Islands
    Mauritania
    Mauritius
    Mexico
    Micronesia
    Moldova
    Monaco
    Mongolia
    Montenegro
    Morocco
    Mozambique
    Myanmar
    Namibia
    Nauru
    Nepal
    Netherlands
    New Zealand
    Nicaragua
    Niger
    Nigeria
    North Korea
    North Macedonia
    Norway
    Oman
    Pakistan
    Palau
    Palestine
    Panama
    Papua New Guinea
    Paraguay
    Peru
    Philippines
    Poland
    Portugal
    Qatar
    Romania
    Russia
    Rwanda
    Saint Kitts and Nevis
    Saint Lucia
    Samoa
    San Marino
    Saudi Arabia
    Senegal
    Serbia
    Seychelles
    Sierra Leone
    Singapore
    Slovakia
    Slovenia
    Solomon Islands
    Somalia
    South Africa
    South Korea
    South Sudan
    Spain
    Sri Lanka
    Sudan
    Suriname
    Sweden
    Switzerland
    Syria
    Taiwan
    Tajikistan
    Tanzania
    Thailand
    Togo
    Tonga
    Trinidad and Tobago
    Tunisia
    Turkey
    Turkmenistan
    Tuvalu
    Uganda
    Ukraine
    United Arab Emirates
    United Kingdom
    United States
    Uruguay
    Uzbekistan
    Vanuatu
    Vatican City
    Venezuela
    Vietnam
    Yemen
    Zambia
    Zimbabwe
    """
)

CAPITALS = _lines(
    """
    Abu Dhabi
    Abuja
    Accra
    Addis Ababa
    Algiers
    Amman
    Amsterdam
    Ankara
    Astana
    Asuncion
    Athens
    Baghdad
    Baku
    Bamako
    Bangkok
    Beijing
    Beirut
    Belgrade
    Berlin
    Bern
    Bishkek
    Bogota
    Brasilia
    Bratislava
    Brussels
    Bucharest
    Budapest
    Buenos Aires
    Cairo
    Canberra
    Caracas
    Chisinau
    Colombo
    Conakry
    Copenhagen
    Dakar
    Damascus
    Dhaka
    Doha
    Dublin
    Dushanbe
    Freetown
    Gaborone
    Hanoi
    Harare
    Havana
    Helsinki
    Islamabad
    Jakarta
    Jerusalem
    Juba
    Kabul
    Kampala
    Kathmandu
    Khartoum
    Kigali
    Kinshasa
    Kyiv
    Kiev
    La Paz
    Lima
    Lisbon
    Ljubljana
    London
    Luanda
    Lusaka
    Luxembourg
    Madrid
    Managua
    Manama
    Manila
    Maputo
    Mexico City
    Minsk
    Mogadishu
    Monrovia
    Montevideo
    Moscow
    Muscat
    Nairobi
    Naypyidaw
    New Delhi
    Niamey
    Nicosia
    Oslo
    Ottawa
    Ouagadougou
    Panama City
    Paris
    Phnom Penh
    Podgorica
    Port-au-Prince
    Prague
    Pretoria
    Pristina
    Pyongyang
    Quito
    Rabat
    Reykjavik
    Riga
    Riyadh
    Rome
    San Jose
    San Salvador
    Sanaa
    Santiago
    Santo Domingo
    Sarajevo
    Seoul
    Singapore
    Skopje
    Sofia
    Stockholm
    Taipei
    Tallinn
    Tashkent
    Tbilisi
    Tegucigalpa
    Tehran
    Tirana
    Tokyo
    Tripoli
    Tunis
    Ulaanbaatar
    Vienna
    Vientiane
    Vilnius
    Warsaw
    Washington
    Wellington
    Windhoek
    Yaounde
    Yerevan
    Zagreb
    """
)

# Major international organizations: canonical name, then aliases after "|".
_ORGS = """
    United Nations|UN|U.N.
    UN Security Council|Security Council
    UN General Assembly|General Assembly
    European Union|EU|E.U.
    European Commission
    European Parliament
    European Central Bank|ECB
    North Atlantic Treaty Organization|NATO|Nato
    World Health Organization|WHO
    International Monetary Fund|IMF
    World Bank
    World Trade Organization|WTO
    Organization of the Petroleum Exporting Countries|OPEC|Opec
    African Union|AU
    Association of Southeast Asian Nations|ASEAN|Asean
    Organization of American States|OAS
    Arab League
    Red Cross|International Committee of the Red Cross|ICRC
    Red Crescent
    UNICEF|Unicef
    UNESCO|Unesco
    UNHCR|UN refugee agency
    World Food Programme|WFP
    Interpol
    Europol
    Organisation for Economic Co-operation and Development|OECD
    International Criminal Court|ICC
    International Court of Justice|ICJ
    International Atomic Energy Agency|IAEA
    International Energy Agency|IEA
    International Labour Organization|ILO
    Amnesty International
    Human Rights Watch
    Doctors Without Borders|Medecins Sans Frontieres|MSF
    Greenpeace
    Transparency International
    G7|Group of Seven
    G20|Group of 20
    Commonwealth
    Council of Europe
    Organization for Security and Co-operation in Europe|OSCE
    International Olympic Committee|IOC
    FIFA|Fifa
    """

ORG_ALIASES: dict[str, str] = {}
for _line in _ORGS.strip().splitlines():
    _names = [n.strip() for n in _line.split("|") if n.strip()]
    for _n in _names:
        ORG_ALIASES[_n] = _names[0]
ORGANIZATIONS = frozenset(ORG_ALIASES.values())

PLACES = COUNTRIES | CAPITALS

# Last word of a capitalized span that makes it an organization ("Halvard Mining Company").
ORG_HEADS = _lines(
    """
    Academy
    Aerospace
    Agency
    Airline
    Airlines
    Airways
    Albion
    Alliance
    Assembly
    Association
    Athletic
    Authority
    Aviation
    Bakeries
    Bank
    Board
    Books
    Breweries
    Brewers
    Brewery
    Broadcasting
    Bulletin
    Bureau
    Buses
    Cabinet
    Capital
    Center
    Centre
    Chamber
    Chemicals
    Chronicle
    Club
    Coalition
    College
    Commission
    Committee
    Communications
    Company
    Congress
    Consortium
    Construction
    Corp
    Corp.
    Corporation
    Council
    Courier
    Court
    Daily
    Dairies
    Department
    Developments
    Directorate
    Dispatch
    Distillers
    Electric
    Energy
    Enterprises
    Entertainment
    Environmental
    Estates
    Examiner
    Express
    FC
    Farms
    Federation
    Ferries
    Fisheries
    Foods
    Forces
    Foundation
    Freight
    Front
    Fund
    Gallery
    Garden
    Gardens
    Gazette
    Grocers
    Group
    Guard
    Haulage
    Herald
    Holdings
    Homes
    Hospital
    Hospitality
    Hotels
    Inc
    Inc.
    Industries
    Institute
    Insurance
    Journal
    Laboratories
    Labs
    League
    Ledger
    Lines
    Logistics
    Ltd
    Ltd.
    Management
    Maritime
    Media
    Metals
    Metro
    Minerals
    Mining
    Ministry
    Mirror
    Monthly
    Motors
    Movement
    Museum
    Mutual
    Network
    News
    Observer
    Office
    Orchestra
    Organisation
    Organization
    Outfitters
    Parliament
    Partners
    Party
    Petroleum
    Pharma
    Pharmaceuticals
    Players
    Police
    Post
    Press
    Properties
    Publishers
    Publishing
    Rail
    Railways
    Rangers
    Records
    Resources
    Robotics
    Rovers
    Semiconductors
    Senate
    Service
    Services
    Shipping
    Society
    Software
    Solutions
    Steel
    Stores
    Studios
    Supermarkets
    Systems
    Technologies
    Telecom
    Telecommunications
    Telecoms
    Telegraph
    Terminals
    Textiles
    Theatre
    Times
    Trams
    Tramways
    Transit
    Transport
    Tribunal
    Tribune
    Trust
    Union
    United
    University
    Utilities
    Ventures
    Wanderers
    Water
    Weekly
    Wire
    Workers
    Zoo
    """
)

# Lower-case heads of organization phrases ("the ministry said", "police said").
ORG_NOUNS = _lines(
    """
    agency
    airline
    army
    association
    authority
    automaker
    bank
    board
    borough
    broadcaster
    cabinet
    campaign
    carmaker
    chain
    charity
    city
    coalition
    commission
    committee
    company
    council
    county
    court
    department
    embassy
    federation
    firm
    foundation
    government
    group
    hospital
    institute
    insurer
    league
    lender
    manufacturer
    military
    ministry
    navy
    office
    operator
    organisation
    organization
    party
    police
    prosecutor's office
    provider
    publisher
    regulator
    retailer
    school
    service
    state
    town
    tribunal
    trust
    union
    university
    utility
    watchdog
    """
)

# First word of a capitalized span that makes it a place ("Port Ellery", "Lake Orva").
PLACE_PREFIXES = _lines(
    """
    Cape
    Fort
    Lake
    Mount
    Port
    Saint
    San
    Santa
    St.
    """
)

# Last word of a capitalized span that makes it a place ("Harrow Lane", "Odunsi Square").
PLACE_HEADS = _lines(
    """
    Avenue
    Bay
    Beach
    Boulevard
    Bridge
    Bypass
    Canal
    Coast
    Common
    County
    Cross
    Dam
    District
    Gate
    Gulf
    Harbor
    Harbour
    Heath
    Highway
    Hill
    Hills
    Island
    Islands
    Junction
    Lane
    Moor
    Motorway
    Mountains
    Ocean
    Park
    Peninsula
    Pier
    Plaza
    Province
    Quay
    Region
    Reservoir
    River
    Road
    Sea
    Square
    Station
    Street
    Terminal
    Tunnel
    Valley
    Viaduct
    """
)

# Title words that head a title before a name ("Deputy Foreign Minister", "union leader").
TITLE_HEADS = _lines(
    """
    admiral
    adviser
    advisor
    ambassador
    analyst
    archbishop
    attorney
    auditor
    bishop
    captain
    chair
    chairman
    chairperson
    chairwoman
    chancellor
    chief
    coach
    colonel
    commander
    commissioner
    congressman
    constable
    congresswoman
    councillor
    councilman
    councilor
    councilwoman
    detective
    director
    economist
    editor
    executive
    general
    governor
    head
    inspector
    judge
    justice
    king
    leader
    lieutenant
    manager
    mayor
    minister
    negotiator
    officer
    premier
    president
    prince
    princess
    professor
    prosecutor
    queen
    rector
    representative
    secretary
    senator
    sergeant
    sheriff
    spokesman
    spokesperson
    spokeswoman
    superintendent
    treasurer
    """
)

# Describing words that may open a sentence before a person's full name and are no part of
# it nor a title ("Unseeded Ana Ruiz knocked out …", "Reigning champion …" is read apart).
DESCRIPTIVE_WORDS = _lines(
    """
    unseeded
    seeded
    defending
    reigning
    retired
    teenage
    rookie
    embattled
    beleaguered
    outgoing
    unbeaten
    undefeated
    unheralded
    celebrated
    legendary
    disgraced
    """
)

# Honorifics and abbreviated titles written before a name.
HONORIFICS = _lines(
    """
    Const.
    Const
    Cr
    Cllr
    Coun.
    Atty.
    Cmdr.
    Maj.
    Cpl.
    Hon.
    Mr.
    Mr
    Mrs.
    Mrs
    Ms.
    Ms
    Miss
    Dr.
    Dr
    Prof.
    Sir
    Dame
    Lord
    Lady
    Gov.
    Sen.
    Rep.
    Gen.
    Col.
    Lt.
    Capt.
    Sgt.
    Rev.
    Det.
    Insp.
    Supt.
    Amb.
    President
    Father
    Sister
    Brother
    Adm.
    Adm
    Gen
    Col
    Lt
    Capt
    Sgt
    Gov
    Sen
    Rep
    Prof
    Rev
    Det
    Insp
    Supt
    """
)

MALE_MARKERS = frozenset(
    "mr mr. sir lord father brother king prince spokesman chairman congressman councilman "
    "businessman".split()
)
FEMALE_MARKERS = frozenset(
    "mrs mrs. ms ms. miss dame lady sister queen princess spokeswoman chairwoman congresswoman "
    "councilwoman businesswoman".split()
)

# Kinship nouns and the gender they give: "his wife, Priya Hallam" is a woman, and "Her
# brother" later in the text refers back to the man so introduced.
KIN_GENDER = {
    **dict.fromkeys("wife sister daughter mother aunt niece grandmother widow".split(), "f"),
    **dict.fromkeys("husband brother son father uncle nephew grandfather widower".split(), "m"),
}

# Capitalized words that start sentences but are not names ("Yesterday Lena Okafor said").
NOT_NAMES = _lines(
    """
    IT
    AI
    TV
    GP
    HR
    PR
    CEO
    ICU
    DNA
    GDP
    VAT
    IVF
    MRI
    SUV
    ATM
    CCTV
    PhD
    A
    About
    According
    After
    Again
    All
    Also
    Although
    An
    And
    Another
    Any
    As
    Asked
    At
    Because
    Before
    But
    By
    Despite
    During
    Each
    Earlier
    Even
    Every
    For
    From
    He
    Her
    His
    How
    However
    I
    If
    In
    Instead
    It
    Its
    Last
    Later
    Meanwhile
    More
    Many
    Most
    Mostly
    My
    Neither
    Next
    No
    Nobody
    None
    Not
    Now
    Of
    On
    Once
    One
    Only
    Or
    Other
    Others
    Several
    Our
    Over
    Quoting
    Responding
    She
    Since
    So
    Some
    Speaking
    Still
    That
    The
    Their
    Then
    There
    These
    They
    This
    Those
    Though
    Thursday
    To
    Today
    Tomorrow
    Tonight
    Under
    Until
    Upon
    We
    What
    When
    Where
    Whether
    Which
    While
    Who
    Why
    With
    Without
    Writing
    Yesterday
    Yet
    You
    Monday
    Tuesday
    Wednesday
    Friday
    Saturday
    Sunday
    January
    February
    March
    April
    May
    June
    July
    August
    September
    October
    November
    December
    Rival
    Rivals
    """
)

# Common given names that are (nearly) always one gender across the languages news covers.
# Used as the weakest gender evidence (after titles, kin words and the writer's own
# pronouns): "Maria Rossi … "…," he said" is not Maria Rossi. Names worn by both ("Andrea",
# "Jean", "Nicola", "Sasha", "Kim", "Robin", "Simone", "Gabriele", "Jan") are left out on purpose.
FEMALE_FIRST_NAMES = frozenset(
    """
    Abigail Ada Adriana Agnes Agnieszka Aisha Alejandra Alessandra Alice Alicia Alina Alison
    Amanda Amelia Amina Ana Anastasia Angela Angelika Anita Anna Anne Annette Antonia Astrid
    Barbara Beatrice Beatriz Birgit Brigitte Camila Carla Carmen Carolina Caroline Catherine
    Cecilia Charlotte Chiara Christina Christine Claire Clara Claudia Cristina Daniela
    Deborah Diana Dolores Dorothy Elena Eleanor Elif Elisa Elisabeth Elizabeth Ellen Eloise
    Elsa Emilia Emily Emma Erika Esther Eva Fatima Fiona Francesca Gabriela
    Giovanna Giulia Grace Greta Gudrun Hanna Hannah Heather Heidi Helen Helena Helga Ingrid
    Irene Irina Isabel Isabella Isabelle Jacqueline Jana Jane Janet Jennifer Jessica Joanna
    Johanna Josefina Joyce Judith Julia Juliana Julie Karen Karin Katarzyna Katherine
    Katharina Katrin Laura Lea Leila Lena Leonora Linda Lisa Lorena Louise Lucia Lucy
    Luisa Lydia Magdalena Maja Malgorzata Margaret Margarita Margarethe Maria Marie Marina
    Marta Martha Martina Mary Maryam Matilda Megan Melanie Mia Michelle Miriam Monica Monika
    Nadia Nadine Nancy Natalia Natasha Nina Nora Olga Olivia Patricia Paula Paulina Petra
    Rachel Rebecca Regina Renata Rita Rosa Rosalind Ruth Sabine Sandra Sara Sarah Silvia
    Sofia Sophia Sophie Stefanie Susan Susanne Svetlana Sylvia Tamara Tatiana Teresa
    Theresa Ursula Valentina Valeria Vanessa Vera Veronica Victoria Virginia Wanda Yasmin
    Yelena Yvonne Zofia Zainab Zeynep
    Mabel Edith Ethel Harriet Imogen Olwen Gwen Gwendolyn Bethan Sian Dilys Hazel Agatha
    Beatrix Bridget Colette Delphine Florence Freya Georgina Gemma Gillian Ilse Ines Isla Ivy
    Josephine Judy Kathleen Laila Leah Lillian Lorna Maeve Maud Maureen Mavis Mildred Molly
    Muriel Niamh Orla Penelope Phoebe Priya Rosemary Rowena Siobhan Tessa Violet Wendy
    Winifred Zara Liesel Lucinda Philippa Priscilla Rhiannon Rosalie Sinead Yolanda Amelie
    Constance Cordelia Daphne Dorothea Eileen Elspeth Eunice Gertrude Gloria Hermione Hester
    Iris Jemima Joan Kirsty Lorraine Lucille Marguerite Nell Norah Olive Pamela Pauline
    Peggy Prudence Rosamund Sally Sheila Stella Sybil Tabitha Verity Vivienne Ayesha Anjali
    Deepa Lakshmi Sunita Meera Ngozi Oksana Ludmila Jadwiga Ewa Beata Dorota
    Abby Alexandra Allison Amy Angelica Ann Annie Audrey Beth Bethany Betty Bonnie Brenda
    Carol Cassandra Catriona Cheryl Chloe Cindy Colleen Dawn Debbie Denise Diane Donna Doris
    Elaine Ella Ellie Erin Eve Evelyn Frances Gail Georgia Hayley Holly Ida Jade Janice
    Jasmine Jenny Jill Josie Kate Kathryn Katie Kristen Lara Lauren Leanne Lily Lola Louisa
    Lynn Madeleine Maggie Marjorie Martine Maxine Melissa Naomi Natalie Nicole Noreen Paige
    Phyllis Polly Rachael Rose Roxanne Ruby Samantha Selina Sharon Sonia Stephanie Sue
    Suzanne Tanya Tara Tina Trudy Valerie Wilma Zoe
    """.split()
)
MALE_FIRST_NAMES = frozenset(
    """
    Aaron Abdul Adam Adrian Ahmed Alan Albert Alberto Aleksander Alessandro Alexander
    Alexei Alfred Ali Andreas Andrew Andrzej Anton Antonio Arthur Benjamin Bernard Bernd
    Bruno Carl Carlos Charles Christian Christopher Daniel David Dennis Diego Dieter Dmitri
    Edward Emil Emilio Enrique Eric Erik Ernst Fabio Felipe Felix Fernando Francesco
    Francisco Frank Franz Frederick Friedrich Gareth George Georg Gerhard Giovanni Giuseppe
    Gregory Gustav Hamid Hans Harold Harry Hassan Heinrich Henrik Henry Hugo Hussein Ibrahim
    Igor Ivan Jacob Jakob James Javier Jeffrey Jens Joachim Johan Johannes John Jonas
    Jonathan Jorge Josef Joseph Juan Julian Jurgen Karl Klaus Kenneth Lars Lorenzo Louis
    Luca Lucas Ludwig Luis Lukas Magnus Manuel Marco Marcus Mario Mark Martin Matteo
    Matthew Matthias Max Michael Miguel Mikhail Mohamed Mohammed Muhammad Nathan Nicholas
    Niklas Nikolai Olaf Oliver Omar Oscar Otto Pablo Patrick Paul Pavel Pedro Peter Philip
    Philipp Pierre Piotr Rafael Rainer Ralph Raymond Richard Robert Roberto Roger Roman
    Rudolf Samuel Sebastian Sergei Simon Stefan Stephen Steven Sven Thomas Timothy Tobias
    Tomas Ulrich Viktor Vincent Vladimir Walter Werner Wilhelm William Wolfgang Yusuf
    Yuri Zoltan
    Quentin Hugh Owen Malcolm Neville Gideon Ezra Leonard Terrence Colm Kieran Gavin
    Graham Gordon Howard Ian Keith Kevin Lionel Neil Nigel Norman Oswald Percy Rupert Rhys
    Russell Stanley Stuart Trevor Victor Wilfred Alistair Angus Archibald Barnaby Basil
    Bertrand Callum Cedric Clive Cyril Desmond Dominic Douglas Duncan Edmund Edgar Eamon Ewan
    Fergus Gerald Gilbert Godfrey Hamish Horace Humphrey Ignatius Isaac Jasper Jeremy Lachlan
    Lawrence Mortimer Piers Reginald Roland Rufus Seamus Silas Tristan Wallace Warren Jiri
    Tomasz Wojciech Krzysztof Mateusz Bartosz Dariusz Jaroslav Miroslav Bogdan Goran Dragan
    Aleksandr Dmitry Oleg Boris Vadim Rashid Karim Tariq Mustafa Mehmet Emre Kemal Rajesh
    Sanjay Vikram Arjun Ravi Kwame Kofi Chinedu Thabo Sipho Hiroshi Kenji Takeshi
    Leon Miles Liam Noah Ethan Caleb Connor Declan Aidan Brendan Brian Colin Craig Derek
    Donald Eugene Geoffrey Glen Harvey Herbert Hector Jake Jason Jerome Joel Kurt Lewis Luke
    Nick Niall Rory Ross Roy Scott Sean Shane Tim Todd Tom Tony Wayne Ahmad Amir Bilal Farid
    Hamza Khalid Mahmoud Nabil
    """.split()
)
