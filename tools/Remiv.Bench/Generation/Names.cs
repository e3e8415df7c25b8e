namespace Remiv.Bench.Generation;

/// <summary>One name and the ways it is spelled in French files (most frequent first), with its own script when it has one.</summary>
internal sealed record NameForm(string[] Spellings, string? Native)
{
    public string Main => Spellings[0];
}

/// <summary>A country young people come from: its names, languages, and how its names appear in files.</summary>
/// <param name="NativePrimaryShare">Share of files registered with the name in its own script (the Latin spelling then goes to an alias).</param>
/// <param name="SingleNameShare">Share of young people who give one name only (no family name).</param>
internal sealed record Origin(
    string Country,
    int Weight,
    double FemaleShare,
    NameForm[] Male,
    NameForm[] Female,
    NameForm[] Last,
    (string[] Languages, int Weight)[] LanguageSets,
    double NativePrimaryShare,
    double SingleNameShare);

/// <summary>
/// Names of the young people the hub follows: West African (Guinea, Côte d'Ivoire, Mali, Senegal, Cameroon) with
/// their French transliteration variants, Afghan and Pakistani (Latin and Arabic script), Eritrean (Latin and
/// Ge'ez), Sudanese and Tunisian (Latin and Arabic), Bangladeshi (Latin and Bengali). Fictional combinations.
/// </summary>
internal static class Names
{
    // ---- West Africa -------------------------------------------------------------------------------------
    private static readonly NameForm[] WestAfricanMale =
    [
        N("Mamadou|Mamadu|Mamoudou"), N("Abdoulaye|Abdullahi|Abdoulai"), N("Mohamed|Mohammed|Muhammad|Mouhamed"),
        N("Ousmane|Usman|Ousman"), N("Ibrahima|Brahima|Ibrahim"), N("Alpha|Alfa"), N("Amadou|Ahmadou|Hamadou"),
        N("Souleymane|Souleimane|Sulayman"), N("Sékou|Sekou"), N("Boubacar|Aboubacar|Abubakar"), N("Moussa|Musa"),
        N("Lansana|Lansané"), N("Thierno|Tierno"), N("Alseny|Alsény"), N("Mohamed Lamine|Mohammed Lamine"),
        N("Abdoul Karim|Abdul Karim|Abdoul-Karim"), N("Fodé|Fode"), N("Ismaël|Ismaila|Ismail"), N("Aliou|Alieu|Aliyu"),
        N("Seydou|Seidou"), N("Adama"), N("Bakary|Bakari"), N("Idrissa|Drissa"), N("Yacouba|Yakuba|Yacoub"),
        N("Karamoko"), N("Kalidou|Khalidou"), N("Cheick|Cheikh|Sheikh"), N("Djibril|Jibril"), N("Issiaga"),
        N("Oumar|Umar|Omar"), N("Mohamed Saliou|Mamadou Saliou"), N("Abdoul-Aziz|Abdoul Aziz|Abdulaziz"),
    ];

    private static readonly NameForm[] WestAfricanFemale =
    [
        N("Aïssatou|Aissatou|Aïssata"), N("Fatoumata|Fatumata|Fatimata"), N("Mariama|Mariam|Maryam"),
        N("Kadiatou|Khadiatou|Khadija"), N("Hawa|Awa"), N("Aminata|Aminatou"), N("Djénabou|Djenabou|Zainab"),
        N("Oumou|Umu"), N("Ramatoulaye|Ramatu"), N("Kadidia"), N("Binta|Bintou"),
    ];

    private static readonly NameForm[] GuineaLast =
    [
        N("Diallo|Jallo|Djallo"), N("Bah|Bâ|Ba"), N("Barry|Bari"), N("Sow|So"), N("Baldé|Balde"), N("Camara|Kamara"),
        N("Condé|Conde|Kondé"), N("Keïta|Keita"), N("Konaté|Konate"), N("Touré|Toure"), N("Traoré|Traore"),
        N("Soumah|Souma|Sumah"), N("Sylla|Sila"), N("Cissé|Cisse|Sissé"), N("Kourouma"), N("Doumbouya"), N("Fofana"),
        N("Kaba"), N("Kanté|Kante"), N("Sangaré|Sangare"), N("Diakité|Diakite|Jakité"), N("Kouyaté|Kouyate|Kuyateh"),
        N("Savané"), N("Millimono"), N("Haba"), N("Loua"), N("Guilavogui"), N("Sidibé|Sidibe"), N("Dioubaté"),
    ];

    private static readonly NameForm[] MaliLast =
    [
        N("Coulibaly|Kulibali|Koulibaly"), N("Traoré|Traore"), N("Keïta|Keita"), N("Diarra|Jara"), N("Dembélé|Dembele"),
        N("Sissoko|Cissoko"), N("Doumbia"), N("Sacko|Sako"), N("Sangaré"), N("Konaté"), N("Kanté"), N("Maïga|Maiga"),
        N("Touré"), N("Diakité"), N("Tounkara"), N("Samaké|Samake"), N("Camara"), N("Dicko"), N("Bagayoko"),
    ];

    private static readonly NameForm[] SenegalMale =
    [
        N("Mouhamadou|Mohamadou"), N("Serigne"), N("Modou|Moudou"), N("Pape|Papa"), N("Cheikh|Cheick"), N("Babacar"),
        N("Lamine|Alamine"), N("Ousseynou|Ousseinou"), N("Abdou"), N("Mamadou|Mamadu"), N("Ibrahima"), N("Moussa"),
    ];

    private static readonly NameForm[] SenegalLast =
    [
        N("N'Diaye|Ndiaye|Ndiay"), N("Diop|Jobe"), N("Fall|Fal"), N("Sow"), N("Ba|Bâ"), N("Sarr|Sar"), N("Faye|Fay"),
        N("Gueye|Guèye|Gaye"), N("Seck"), N("Mbaye|M'Baye"), N("Diouf|Juf"), N("Ndour|N'Dour"), N("Cissé"), N("Thiam|Tiam"),
    ];

    private static readonly NameForm[] IvoryCoastMale =
    [
        N("Yao"), N("Koffi|Kofi"), N("Kouadio|Kwadio"), N("Jean-Marc"), N("Ange"), N("Christ"), N("Brice"), N("Junior"),
        N("Moussa"), N("Souleymane"), N("Ibrahim"), N("Lassina|Lacina"), N("Yacouba"), N("Adama"), N("Drissa"), N("Karim"),
    ];

    private static readonly NameForm[] IvoryCoastLast =
    [
        N("Koné|Kone|Konè"), N("Ouattara|Watara"), N("Coulibaly"), N("Traoré"), N("Bamba"), N("Diabaté|Diabate"),
        N("Kouassi|Kwassi"), N("Konan"), N("Yao"), N("N'Guessan|Nguessan"), N("Kouamé|Kwame"), N("Soro"), N("Fofana"),
        N("Touré"), N("Doumbia"), N("Bakayoko"), N("Koffi"),
    ];

    private static readonly NameForm[] CameroonMale =
    [
        N("Junior"), N("Brice"), N("Christian"), N("Franck|Frank"), N("Hervé|Herve"), N("Steve"), N("Yannick|Yanick"),
        N("Blaise"), N("Arnaud"), N("Cédric|Cedric"), N("Ulrich"), N("Rodrigue"), N("Landry"), N("Boris"), N("Loïc|Loic"),
    ];

    private static readonly NameForm[] CameroonFemale = [N("Carine"), N("Sandrine"), N("Nadège|Nadege"), N("Laure"), N("Grâce|Grace")];

    private static readonly NameForm[] CameroonLast =
    [
        N("Mbarga"), N("Nkoulou"), N("Fotso"), N("Tchoupo"), N("Nguema"), N("Ndongo"), N("Etoa"), N("Abanda"),
        N("Kamdem|Kamdoum"), N("Njoya"), N("Ngono"), N("Tchakounté|Tchakounte"), N("Essomba"), N("Atangana"), N("Manga"),
    ];

    // ---- Afghanistan, Pakistan (Arabic script: Dari/Pashto, Urdu) ------------------------------------------
    private static readonly NameForm[] AfghanMale =
    [
        N("Ahmad|Ahmed", "احمد"), N("Mohammad|Mohammed|Muhammad", "محمد"), N("Wahid|Waheed", "وحید"), N("Ali", "علی"),
        N("Hamid", "حمید"), N("Jawad|Javad", "جواد"), N("Mustafa|Mostafa", "مصطفی"), N("Noor|Nur", "نور"),
        N("Zabiullah|Zabihullah", "ذبیح الله"), N("Rahmatullah", "رحمت الله"), N("Farid", "فرید"), N("Bilal", "بلال"),
        N("Omid|Omed", "امید"), N("Sohrab", "سهراب"), N("Sayed|Said|Sayyed", "سید"), N("Javid|Jawid", "جاوید"),
        N("Murtaza|Mortaza", "مرتضی"), N("Ismail|Esmail", "اسماعیل"), N("Khalid|Khaled", "خالد"), N("Abdul Wahid", "عبدالواحد"),
    ];

    private static readonly NameForm[] AfghanLast =
    [
        N("Karimi|Karimy", "کریمی"), N("Ahmadi|Ahmady", "احمدی"), N("Rahimi", "رحیمی"), N("Hashimi|Hashemi", "هاشمی"),
        N("Sultani|Soltani", "سلطانی"), N("Mohammadi|Muhammadi", "محمدی"), N("Nazari", "نظری"), N("Popal", "پوپل"),
        N("Safi", "صافی"), N("Stanekzai|Stanikzai", "ستانکزی"), N("Wardak", "وردک"), N("Amiri", "امیری"),
        N("Hussaini|Hosseini", "حسینی"), N("Jafari|Jafary", "جعفری"), N("Noori|Nouri", "نوری"), N("Sharifi", "شریفی"),
        N("Habibi", "حبیبی"), N("Haidari|Heydari", "حیدری"), N("Sadat", "سادات"), N("Azizi", "عزیزی"),
    ];

    private static readonly NameForm[] PakistanMale =
    [
        N("Muhammad|Mohammad", "محمد"), N("Usman|Osman", "عثمان"), N("Ali", "علی"), N("Bilal", "بلال"), N("Hamza", "حمزہ"),
        N("Zain|Zayn", "زین"), N("Faisal", "فیصل"), N("Imran", "عمران"), N("Asad", "اسد"), N("Umar|Omar", "عمر"),
        N("Hassan", "حسن"), N("Waqas|Waqqas", "وقاص"), N("Adnan", "عدنان"), N("Shahzad", "شہزاد"), N("Awais|Owais", "اویس"),
    ];

    private static readonly NameForm[] PakistanLast =
    [
        N("Khan", "خان"), N("Butt", "بٹ"), N("Malik", "ملک"), N("Hussain|Hussein", "حسین"), N("Iqbal", "اقبال"),
        N("Chaudhry|Chaudhary|Chaudri", "چوہدری"), N("Raza", "رضا"), N("Shah", "شاہ"), N("Akhtar|Akhter", "اختر"),
        N("Qureshi|Qureishi", "قریشی"), N("Javed|Javaid", "جاوید"), N("Ahmed", "احمد"), N("Abbasi", "عباسی"), N("Rana", "رانا"),
    ];

    // ---- Eritrea (Ge'ez script) ----------------------------------------------------------------------------
    private static readonly NameForm[] EritreanMale =
    [
        N("Tesfaye|Tesfay", "ተስፋዬ"), N("Yonas|Yones|Jonas", "ዮናስ"), N("Dawit|Dawitt", "ዳዊት"), N("Filmon|Filimon", "ፊልሞን"),
        N("Mehari|Mehary", "መሓሪ"), N("Merhawi", "መርሓዊ"), N("Semere|Semre", "ሰመረ"), N("Samuel|Samiel", "ሳሙኤል"),
        N("Biniam|Biniyam|Beniam", "ብንያም"), N("Habtom", "ሃብቶም"), N("Amanuel|Aman", "ኣማኑኤል"), N("Robel", "ሮቤል"),
        N("Kibrom", "ክብሮም"), N("Efrem|Ephrem", "ኤፍሬም"), N("Temesghen|Temesgen", "ተመስገን"), N("Yohannes|Johannes", "ዮሃንስ"),
    ];

    private static readonly NameForm[] EritreanFemale =
    [
        N("Selam|Salam", "ሰላም"), N("Saba", "ሳባ"), N("Senait|Senayt", "ሰናይት"), N("Luwam|Lwam", "ሉዋም"), N("Helen", "ሄለን"), N("Eden", "ኤደን"),
    ];

    private static readonly NameForm[] EritreanLast =
    [
        N("Tekle|Tecle", "ተኽለ"), N("Haile|Hayle", "ሃይለ"), N("Kahsay|Kahsai", "ካሕሳይ"), N("Berhe|Berhane", "በርሀ"),
        N("Tsegay|Tsegai", "ጸጋይ"), N("Zerai|Zeray", "ዘርኣይ"), N("Gebremedhin|Ghebremedhin", "ገብረመድህን"),
        N("Tesfamariam|Tesfamariyam", "ተስፋማርያም"), N("Ghebreyesus|Gebreyesus", "ገብረየሱስ"),
        N("Woldemichael|Weldemichael", "ወልደሚካኤል"), N("Andemariam", "ኣንደማርያም"), N("Mebrahtu", "መብራህቱ"),
        N("Asmerom", "ኣስመሮም"), N("Kidane|Kidana", "ኪዳነ"), N("Negasi|Negassi", "ነጋሲ"), N("Abraha|Abreha", "ኣብርሃ"),
    ];

    // ---- Sudan, Tunisia (Arabic script) --------------------------------------------------------------------
    private static readonly NameForm[] SudanMale =
    [
        N("Mohamed|Mohammed|Muhammad", "محمد"), N("Ahmed|Ahmad", "أحمد"), N("Abdallah|Abdalla|Abdullah", "عبدالله"),
        N("Osman|Othman|Usman", "عثمان"), N("Ibrahim|Ibraheem", "إبراهيم"), N("Yousif|Youssef|Yusuf", "يوسف"),
        N("Adam|Adem", "آدم"), N("Ismail|Ismael", "إسماعيل"), N("Omer|Omar|Umar", "عمر"), N("Hassan|Hasan", "حسن"),
        N("Eltayeb|Altayeb|Tayeb", "الطيب"), N("Musa|Mousa", "موسى"), N("Abdelrahman|Abdulrahman|Abderrahmane", "عبدالرحمن"),
        N("Mustafa|Moustafa", "مصطفى"), N("Idris|Idriss", "إدريس"), N("Khalid", "خالد"), N("Haroun|Harun", "هارون"),
    ];

    private static readonly NameForm[] SudanLast =
    [
        N("Adam", "آدم"), N("Abdelrahman|Abdulrahman", "عبدالرحمن"), N("Ishag|Ishaq|Ishak", "إسحاق"),
        N("Mahmoud|Mahmud", "محمود"), N("Hamid|Hamed", "حامد"), N("Yagoub|Yacoub|Yaqub", "يعقوب"),
        N("Bashir|Basheer", "بشير"), N("Elnour|Alnour", "النور"), N("Abakar|Abbaker", "أبكر"), N("Suleiman|Sulaiman", "سليمان"),
        N("Zakaria|Zakariya", "زكريا"), N("Ali", "علي"), N("Abdelkarim|Abdulkarim", "عبدالكريم"), N("Osman|Othman", "عثمان"),
        N("Ibrahim", "إبراهيم"), N("Mohamed|Mohammed", "محمد"),
    ];

    private static readonly NameForm[] TunisiaMale =
    [
        N("Mohamed|Mohammed", "محمد"), N("Amine|Amin", "أمين"), N("Yassine|Yacine|Yasin", "ياسين"), N("Aymen|Ayman", "أيمن"),
        N("Wassim|Wasim", "وسيم"), N("Seifeddine|Seif Eddine|Saifeddine", "سيف الدين"), N("Oussama|Ousama|Usama", "أسامة"),
        N("Bilel|Bilal", "بلال"), N("Houssem|Houssam|Hossem", "حسام"), N("Hamza", "حمزة"), N("Mehdi|Mahdi", "مهدي"),
        N("Skander|Iskander", "اسكندر"), N("Rayen|Rayan", "ريان"), N("Khalil", "خليل"), N("Anis", "أنيس"),
        N("Ghassen|Ghassan", "غسان"), N("Achref|Ashraf", "أشرف"), N("Firas", "فراس"), N("Mohamed Amine|Med Amine", "محمد أمين"),
    ];

    private static readonly NameForm[] TunisiaFemale =
    [
        N("Yasmine|Yasmin", "ياسمين"), N("Nour|Nur", "نور"), N("Rania", "رانيا"), N("Eya|Aya", "آية"), N("Chaïma|Chaima|Shayma", "شيماء"),
    ];

    private static readonly NameForm[] TunisiaLast =
    [
        N("Ben Ali", "بن علي"), N("Ben Salah|Ben Saleh", "بن صالح"), N("Trabelsi", "الطرابلسي"), N("Jlassi|Jelassi", "الجلاصي"),
        N("Gharbi", "الغربي"), N("Hammami", "الحمامي"), N("Ayari", "العياري"), N("Mejri", "الماجري"), N("Dridi", "الدريدي"),
        N("Bouazizi", "البوعزيزي"), N("Ben Romdhane|Ben Ramadhan", "بن رمضان"), N("Khemiri", "الخميري"),
        N("Chaabane|Chaabani|Shaaban", "شعبان"), N("Ferchichi", "الفرشيشي"), N("Saidi|Saïdi", "السعيدي"),
        N("Zouari", "الزواري"), N("Belhadj|Bel Hadj", "بلحاج"), N("Mansouri", "المنصوري"), N("Jebali", "الجبالي"),
    ];

    // ---- Bangladesh (Bengali script) ------------------------------------------------------------------------
    private static readonly NameForm[] BangladeshMale =
    [
        N("Mohammad|Mohammed|Md.|Muhammad", "মোহাম্মদ"), N("Rahim|Rahiim", "রহিম"), N("Sakib|Shakib", "সাকিব"),
        N("Rakib|Rakibul", "রাকিব"), N("Hasan|Hassan", "হাসান"), N("Arif|Aarif", "আরিফ"), N("Jahid|Zahid", "জাহিদ"),
        N("Sumon|Shumon", "সুমন"), N("Rubel", "রুবেল"), N("Shanto|Santo", "শান্ত"), N("Nayeem|Nayem|Naim", "নাঈম"),
        N("Riyad|Riad", "রিয়াদ"), N("Tanvir|Tanveer", "তানভীর"), N("Sabbir|Shabbir", "সাব্বির"), N("Imran", "ইমরান"),
        N("Foysal|Faisal", "ফয়সাল"), N("Md. Rakibul|Mohammad Rakibul", "মোঃ রাকিবুল"),
    ];

    private static readonly NameForm[] BangladeshLast =
    [
        N("Hossain|Hossen|Hussain", "হোসেন"), N("Rahman", "রহমান"), N("Islam", "ইসলাম"), N("Uddin", "উদ্দিন"),
        N("Ahmed", "আহমেদ"), N("Miah|Mia", "মিয়া"), N("Chowdhury|Choudhury", "চৌধুরী"), N("Sarkar|Sarker", "সরকার"),
        N("Khan", "খান"), N("Alam", "আলম"), N("Mondal|Mandal", "মন্ডল"), N("Sheikh|Shaikh", "শেখ"),
        N("Talukder", "তালুকদার"), N("Bhuiyan|Bhuiya", "ভূঁইয়া"),
    ];

    /// <summary>Nationalities weighted roughly as among unaccompanied minors arriving in France in the 2020s.</summary>
    public static IReadOnlyList<Origin> Origins { get; } =
    [
        new("GN", 24, 0.08, WestAfricanMale, WestAfricanFemale, GuineaLast,
            [(["ff", "fr"], 50), (["ff"], 20), (["fr"], 20), (["ff", "en"], 10)], 0, 0),
        new("CI", 14, 0.10, [.. IvoryCoastMale, .. WestAfricanMale[..10]], WestAfricanFemale, IvoryCoastLast,
            [(["fr"], 65), (["fr", "bm"], 25), (["bm"], 10)], 0, 0),
        new("ML", 12, 0.05, WestAfricanMale, WestAfricanFemale, MaliLast,
            [(["bm", "fr"], 50), (["bm"], 30), (["ff", "bm"], 20)], 0, 0),
        new("AF", 10, 0.03, AfghanMale, TunisiaFemale[..2], AfghanLast,
            [(["fa"], 45), (["ps"], 35), (["ps", "fa"], 20)], 0.10, 0.12),
        new("TN", 8, 0.06, TunisiaMale, TunisiaFemale, TunisiaLast,
            [(["ar", "fr"], 70), (["ar"], 30)], 0.04, 0),
        new("CM", 6, 0.15, CameroonMale, CameroonFemale, CameroonLast,
            [(["fr"], 60), (["en"], 15), (["fr", "en"], 25)], 0, 0),
        new("SN", 6, 0.06, [.. SenegalMale, .. WestAfricanMale[..6]], WestAfricanFemale, SenegalLast,
            [(["wo", "fr"], 60), (["ff", "wo", "fr"], 25), (["wo"], 15)], 0, 0),
        new("SD", 6, 0.04, SudanMale, TunisiaFemale[..3], SudanLast,
            [(["ar"], 75), (["ar", "en"], 25)], 0.25, 0),
        new("ER", 5, 0.12, EritreanMale, EritreanFemale, EritreanLast,
            [(["ti"], 75), (["ti", "ar"], 20), (["ti", "en"], 5)], 0.20, 0),
        new("BD", 5, 0.02, BangladeshMale, [N("Sumaiya|Sumaya", "সুমাইয়া")], BangladeshLast,
            [(["bn"], 60), (["bn", "en"], 40)], 0.10, 0),
        new("PK", 4, 0.02, PakistanMale, [N("Ayesha|Aisha", "عائشہ")], PakistanLast,
            [(["ur", "pa"], 40), (["ur"], 30), (["ps", "ur"], 15), (["ur", "en"], 15)], 0.08, 0),
    ];

    /// <summary>Every name form, for the search benchmark's inputs.</summary>
    public static IReadOnlyList<NameForm> AllFirstNames { get; } =
        [.. Origins.SelectMany(o => o.Male.Concat(o.Female)).DistinctBy(n => n.Main)];

    public static IReadOnlyList<NameForm> AllLastNames { get; } = [.. Origins.SelectMany(o => o.Last).DistinctBy(n => n.Main)];

    /// <summary>"Mamadou|Mamadu" with an optional native-script form.</summary>
    private static NameForm N(string spellings, string? native = null) => new(spellings.Split('|'), native);
}
