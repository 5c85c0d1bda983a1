<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>Actor</name>
    <message>
        <source>Your account has no role in this project, so it can&apos;t change %1: ask the project&apos;s administrator for one</source>
        <translation>Сіздің тіркелгіңізде бұл жобада рөл жоқ, сондықтан ол %1 өзгерте алмайды: жоба әкімшісінен рөл сұраңыз</translation>
    </message>
    <message>
        <source>Your role (%1) is not one this console knows, so it can&apos;t change %2: expected sales_manager, marketer or analyst</source>
        <translation>Сіздің рөліңіз (%1) консольге белгісіз, сондықтан ол %2 өзгерте алмайды: sales_manager, marketer немесе analyst күтіледі</translation>
    </message>
    <message>
        <source>Your role (%1) can&apos;t change %2</source>
        <translation>Сіздің рөліңіз (%1) %2 өзгерте алмайды</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 бастап</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 дейін</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>барлық уақыт</translation>
    </message>
    <message>
        <source>counting the qualification funnel</source>
        <translation>біліктілік воронкасын санау</translation>
    </message>
    <message>
        <source>summing campaign budgets</source>
        <translation>науқан бюджеттерін қосу</translation>
    </message>
    <message>
        <source>reading campaign budgets</source>
        <translation>науқан бюджеттерін оқу кезінде</translation>
    </message>
    <message>
        <source>reading campaign names</source>
        <translation>науқан атауларын оқу кезінде</translation>
    </message>
    <message>
        <source>counting the weekly conversion</source>
        <translation>апталық конверсияны санау кезінде</translation>
    </message>
    <message>
        <source>reading the spend ledger</source>
        <translation>шығыстар журналын оқу</translation>
    </message>
</context>
<context>
    <name>AtomicWrite</name>
    <message>
        <source>%1 is not a regular file (a folder, a device, a pipe or a socket): give the name of a file to create or replace</source>
        <translation>%1 — кәдімгі файл емес (қалта, құрылғы, арна немесе сокет): жасалатын немесе ауыстырылатын файлдың атын беріңіз</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not written (nothing was left behind). Free some space and try again</source>
        <translation>Диск толы: %1 жазылмады (ештеңе қалмады). Орын босатып, қайталап көріңіз</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>recording the history of %1</source>
        <translation>%1 тарихын жазу</translation>
    </message>
    <message>
        <source>reading the history of %1</source>
        <translation>%1 тарихын оқу</translation>
    </message>
</context>
<context>
    <name>AuthClient</name>
    <message>
        <source>Supabase Auth answered without the expected tokens</source>
        <translation>Supabase Auth күтілген токендерсіз жауап берді</translation>
    </message>
    <message>
        <source>Cannot reach Supabase Auth at %1: %2</source>
        <translation>%1 мекенжайындағы Supabase Auth-қа қосылу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Supabase Auth refused: %1 (HTTP %2%3)</source>
        <translation>Supabase Auth бас тартты: %1 (HTTP %2%3)</translation>
    </message>
    <message>
        <source>Supabase Auth at %1 did not complete the answer within %2 s</source>
        <translation>%1 мекенжайындағы Supabase Auth жауапты %2 с ішінде аяқтамады</translation>
    </message>
    <message>
        <source>Supabase Auth at %1 sent more than %2 KB; the answer was cut off</source>
        <translation>%1 мекенжайындағы Supabase Auth %2 КБ-тан көп жіберді; жауап үзілді</translation>
    </message>
    <message>
        <source>The e-mail or the password is wrong</source>
        <translation>E-mail немесе құпиясөз қате</translation>
    </message>
    <message>
        <source>This e-mail address is not confirmed yet: open the link in the confirmation e-mail, then sign in</source>
        <translation>Бұл e-mail мекенжайы әлі расталмаған: растау хатындағы сілтемені ашып, содан кейін кіріңіз</translation>
    </message>
    <message>
        <source>The session has ended (signed out elsewhere or expired): sign in again</source>
        <translation>Сессия аяқталды (басқа жерден шыққан немесе мерзімі өткен): қайта кіріңіз</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts: wait %n second(s), then try again</source>
        <translation>
            <numerusform>Әрекет тым көп: %n секунд күтіп, қайталап көріңіз</numerusform>
            <numerusform>Әрекет тым көп: %n секунд күтіп, қайталап көріңіз</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts: wait a minute, then try again</source>
        <translation>Әрекет тым көп: бір минут күтіп, қайталап көріңіз</translation>
    </message>
    <message>
        <source>Supabase Auth has a server error (HTTP %1): try again later</source>
        <translation>Supabase Auth серверінде қате (HTTP %1): кейінірек қайталаңыз</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>Not signed in</source>
        <translation>Кіру орындалмаған</translation>
    </message>
    <message>
        <source>The saved session is unreadable</source>
        <translation>Сақталған сессияны оқу мүмкін емес</translation>
    </message>
    <message>
        <source>No backend is configured</source>
        <translation>Сервер бапталмаған</translation>
    </message>
</context>
<context>
    <name>BulkStatement</name>
    <message>
        <source>The local store failed while %1: %2</source>
        <translation>Жергілікті қойма %1 кезінде істен шықты: %2</translation>
    </message>
    <message>
        <source>the database driver is not SQLite</source>
        <translation>дерекқор драйвері SQLite емес</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>Campaign name must have 1 to %1 characters, got %2</source>
        <translation>Науқан атауында 1-ден %1-ге дейін таңба болуы керек, алынғаны %2</translation>
    </message>
    <message>
        <source>A campaign needs a niche</source>
        <translation>Науқанға тауаша қажет</translation>
    </message>
    <message>
        <source>Campaign budget must be between 0 and 1000000000000 tenge, got %1</source>
        <translation>Науқан бюджеті 0-ден 1000000000000 теңгеге дейін болуы керек, алынғаны %1</translation>
    </message>
    <message>
        <source>Campaign %1 %2: status=%3, budget=%4, spent=%5 (rule %6: %7)</source>
        <translation>%1 науқаны %2: мәртебе=%3, бюджет=%4, жұмсалды=%5 (%6 ережесі: %7)</translation>
    </message>
    <message>
        <source>cannot be started</source>
        <translation>іске қосыла алмайды</translation>
    </message>
    <message>
        <source>status must be draft and budget above 0</source>
        <translation>мәртебе «жоба» болуы және бюджет 0-ден көп болуы керек</translation>
    </message>
    <message>
        <source>is not active</source>
        <translation>белсенді емес</translation>
    </message>
    <message>
        <source>only an active campaign can be paused</source>
        <translation>тек белсенді науқанды тоқтата тұруға болады</translation>
    </message>
    <message>
        <source>is not paused</source>
        <translation>тоқтатылмаған</translation>
    </message>
    <message>
        <source>only a paused campaign can be resumed</source>
        <translation>тек тоқтатылған науқанды жалғастыруға болады</translation>
    </message>
    <message>
        <source>Spend for campaign %1 must be a positive amount, got %2</source>
        <translation>%1 науқанының шығысы оң сома болуы керек, алынғаны %2</translation>
    </message>
    <message>
        <source>cannot record spend</source>
        <translation>шығысты жаза алмайды</translation>
    </message>
    <message>
        <source>spend is recorded only while the campaign is active or paused</source>
        <translation>шығыс тек науқан белсенді немесе тоқтатылған кезде жазылады</translation>
    </message>
    <message>
        <source>Spend %1 would overflow the campaign total</source>
        <translation>%1 шығысы науқан жиынтығынан асып кетер еді</translation>
    </message>
    <message>
        <source>is already completed</source>
        <translation>аяқталып қойған</translation>
    </message>
    <message>
        <source>status must be draft, active or paused</source>
        <translation>мәртебе «жоба», «белсенді» немесе «тоқтатылған» болуы керек</translation>
    </message>
    <message>
        <source>cannot be edited</source>
        <translation>өзгертіле алмайды</translation>
    </message>
    <message>
        <source>a completed campaign keeps its name and budget</source>
        <translation>аяқталған науқанның атауы мен бюджеті өзгермейді</translation>
    </message>
    <message>
        <source>Campaign %1 has spent %2 tenge: the budget cannot be less (got %3)</source>
        <translation>%1 науқаны %2 теңге жұмсады: бюджет одан аз бола алмайды (алынғаны %3)</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: a started campaign keeps a budget above 0</source>
        <translation>%1 науқаны %2 мәртебесінде: басталған науқанның бюджеті 0-ден көп болуы керек</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Науқан атауы</translation>
    </message>
    <message>
        <source>takes no new leads</source>
        <translation>жаңа лидтерді қабылдамайды</translation>
    </message>
    <message>
        <source>leads come into a draft, active or paused campaign</source>
        <translation>лидтер жоба, белсенді немесе тоқтатылған науқанға түседі</translation>
    </message>
    <message>
        <source>Spend %1 would take campaign %2 past its budget: %3 of %4 (%5 %). Confirm it if it is right (--confirm-overspend)</source>
        <translation>%1 шығысы %2 науқанын бюджеттен асырады: %4 ішінен %3 (%5 %). Дұрыс болса, растаңыз (--confirm-overspend)</translation>
    </message>
    <message>
        <source>Spend entry %1 of campaign %2 cannot be reversed: %3</source>
        <translation>%2 науқанының %1 шығыс жазбасын сторнолау мүмкін емес: %3</translation>
    </message>
    <message>
        <source>it belongs to another campaign</source>
        <translation>ол басқа науқанға жатады</translation>
    </message>
    <message>
        <source>it is itself a correction; record the spend again instead</source>
        <translation>ол өзі түзету; оның орнына шығысты қайта жазыңыз</translation>
    </message>
    <message>
        <source>it has already been reversed</source>
        <translation>ол бұрыннан сторноланған</translation>
    </message>
    <message>
        <source>its amount %1 is more than the campaign&apos;s spent %2</source>
        <translation>оның сомасы %1 науқанның жұмсалған сомасынан (%2) көп</translation>
    </message>
</context>
<context>
    <name>CampaignStatus</name>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Тоқтатылған</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аяқталған</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>reading campaign %1</source>
        <translation>%1 науқанын оқу</translation>
    </message>
    <message>
        <source>saving campaign %1</source>
        <translation>%1 науқанын сақтау</translation>
    </message>
    <message>
        <source>updating campaign %1</source>
        <translation>%1 науқанын жаңарту</translation>
    </message>
    <message>
        <source>Campaign %1 no longer exists in the local store</source>
        <translation>%1 науқаны жергілікті қоймада енді жоқ</translation>
    </message>
    <message>
        <source>listing campaigns</source>
        <translation>науқандар тізімін алу</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>Campaign</source>
        <translation>Науқан</translation>
    </message>
    <message>
        <source>Niche</source>
        <translation>Тауаша</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Жұмсалды</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Қалдық</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Пайдаланылды</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Басталды</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Nothing to draw: CSV is written from the data, not the chart</source>
        <translation>Салатын ештеңе жоқ: CSV графиктен емес, деректерден жазылады</translation>
    </message>
    <message>
        <source>Could not encode the PNG image</source>
        <translation>PNG суретін кодтау мүмкін болмады</translation>
    </message>
    <message>
        <source>The chart could not be drawn into %1</source>
        <translation>Графикті %1 ішіне салу мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <source>Qualification funnel · %n lead(s)</source>
        <translation>
            <numerusform>Біліктілік воронкасы · %n лид</numerusform>
            <numerusform>Біліктілік воронкасы · %n лид</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лидтер</translation>
    </message>
    <message>
        <source>Budget utilization · %1 of %2 spent</source>
        <translation>Бюджетті пайдалану · %2 ішінен %1 жұмсалды</translation>
    </message>
    <message>
        <source>Spent, under 80 %</source>
        <translation>Жұмсалды, 80 %-дан аз</translation>
    </message>
    <message>
        <source>Spent, 80–95 %</source>
        <translation>Жұмсалды, 80–95 %</translation>
    </message>
    <message>
        <source>Spent, 95 % and more</source>
        <translation>Жұмсалды, 95 % және одан көп</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Қалдық</translation>
    </message>
    <message>
        <source> · %1 per lead</source>
        <translation> · бір лидке %1</translation>
    </message>
    <message>
        <source>Tenge (₸)</source>
        <translation>Теңге (₸)</translation>
    </message>
    <message>
        <source>at the current pace the budget runs out on %1</source>
        <translation>қазіргі қарқынмен бюджет %1 таусылады</translation>
    </message>
    <message>
        <source>no running campaign is spending</source>
        <translation>бірде-бір жұмыс істеп тұрған науқан жұмсамайды</translation>
    </message>
    <message>
        <source>Pacing · %1</source>
        <translation>Шығыс қарқыны · %1</translation>
    </message>
    <message>
        <source>Ideal (budget spread over the plan)</source>
        <translation>Мінсіз (бюджет жоспар бойынша біркелкі)</translation>
    </message>
    <message>
        <source>Actual cumulative spend</source>
        <translation>Нақты жинақталған шығыс</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Болжам</translation>
    </message>
    <message>
        <source>%1 · %2 left%3</source>
        <translation>%1 · %2 қалды%3</translation>
    </message>
    <message>
        <source>Reached the stage (% of the previous, − dropped)</source>
        <translation>Кезеңге жеткендер (алдыңғыдан %, − шыққаны)</translation>
    </message>
    <message>
        <source>Qualifying: a branch beside contacted → qualified (% of contacted)</source>
        <translation>Біліктілік тексеру: тармақ (байланысқандардан %)</translation>
    </message>
    <message>
        <source>Disqualified: all, then by the stage left (% of those that reached it)</source>
        <translation>Шығарылғандар: барлығы және кеткен кезеңі бойынша (%)</translation>
    </message>
    <message>
        <source>%1 bn ₸</source>
        <translation>%1 млрд ₸</translation>
    </message>
    <message>
        <source>%1 M ₸</source>
        <translation>%1 млн ₸</translation>
    </message>
    <message>
        <source>%1 K ₸</source>
        <translation>%1 мың ₸</translation>
    </message>
    <message>
        <source>✕ from %1</source>
        <translation>✕ «%1» кезеңінен</translation>
    </message>
    <message>
        <source>Reached: %1</source>
        <translation>Жеткендер: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) · %1 · %2</source>
        <translation>
            <numerusform>%n лид · %1 · %2</numerusform>
            <numerusform>%n лид · %1 · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>% of the group&apos;s leads</source>
        <translation>топ лидтерінің %</translation>
    </message>
    <message>
        <source>Conversion by week of arrival</source>
        <translation>Түскен аптасы бойынша конверсия</translation>
    </message>
    <message>
        <source>Week (its Monday)</source>
        <translation>Апта (оның дүйсенбісі)</translation>
    </message>
    <message>
        <source>% of the week&apos;s leads</source>
        <translation>аптадағы лидтердің %</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>МӘРТЕБЕ</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>АЛАҢ</translation>
    </message>
    <message>
        <source>BUDGET</source>
        <translation>БЮДЖЕТ</translation>
    </message>
    <message>
        <source>SPENT</source>
        <translation>ЖҰМСАЛДЫ</translation>
    </message>
    <message>
        <source>REMAINING</source>
        <translation>ҚАЛДЫҚ</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>ПАЙДАЛ.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>АТАУЫ</translation>
    </message>
    <message>
        <source>Create a draft campaign for a niche; the budget is in tenge.</source>
        <translation>Тауашаға науқан жобасын құру; бюджет теңгемен.</translation>
    </message>
    <message>
        <source>Niche id.</source>
        <translation>Тауаша ID-і.</translation>
    </message>
    <message>
        <source>Campaign name.</source>
        <translation>Науқан атауы.</translation>
    </message>
    <message>
        <source>olx, kaspi, satu or telegram.</source>
        <translation>olx, kaspi, satu немесе telegram.</translation>
    </message>
    <message>
        <source>Budget in tenge, e.g. 500000 or 2500.50.</source>
        <translation>Бюджет теңгемен, мысалы 500000 немесе 2500.50.</translation>
    </message>
    <message>
        <source>Created campaign %1 (%2)</source>
        <translation>%1 науқаны құрылды (%2)</translation>
    </message>
    <message>
        <source>List campaigns with their budget use.</source>
        <translation>Бюджет пайдаланылуымен науқандар тізімі.</translation>
    </message>
    <message>
        <source>Only campaigns in this status.</source>
        <translation>Тек осы мәртебедегі науқандар.</translation>
    </message>
    <message>
        <source>Only campaigns of this niche.</source>
        <translation>Тек осы тауашаның науқандары.</translation>
    </message>
    <message>
        <source>Campaign %1 spent its budget and is now %2</source>
        <translation>%1 науқаны бюджетін жұмсады, енді %2</translation>
    </message>
    <message>
        <source>Recorded spend for campaign %1 (%2)</source>
        <translation>%1 науқаны үшін шығыс жазылды (%2)</translation>
    </message>
    <message>
        <source>Campaign %1 is now %2</source>
        <translation>%1 науқаны енді %2</translation>
    </message>
    <message>
        <source>Start a draft campaign with a budget above 0.</source>
        <translation>Бюджеті 0-ден көп науқан жобасын іске қосу.</translation>
    </message>
    <message>
        <source>Pause an active campaign.</source>
        <translation>Белсенді науқанды тоқтата тұру.</translation>
    </message>
    <message>
        <source>Resume a paused campaign.</source>
        <translation>Тоқтатылған науқанды жалғастыру.</translation>
    </message>
    <message>
        <source>Complete a campaign.</source>
        <translation>Науқанды аяқтау.</translation>
    </message>
    <message>
        <source>--workspace needs a folder</source>
        <translation>--workspace қалтаны талап етеді</translation>
    </message>
    <message>
        <source>--log-level must be debug, info, warning or error</source>
        <translation>--log-level debug, info, warning немесе error болуы керек</translation>
    </message>
    <message>
        <source>leadops: the previous run in this workspace did not end cleanly; `leadops diagnostics` prints a report</source>
        <translation>leadops: осы жұмыс кеңістігіндегі алдыңғы іске қосу дұрыс аяқталмады; `leadops diagnostics` есеп шығарады</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; known commands: %2</source>
        <translation>белгісіз команда «%1»; белгілі командалар: %2</translation>
    </message>
    <message>
        <source>leadops: %1</source>
        <translation>leadops: %1</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>қолданылуы: %1</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON шығару.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Осы анықтаманы көрсету.</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>аргумент жетіспейді</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>артық аргумент «%1»</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 міндетті</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not known: expected one of %3</source>
        <translation>--%1 «%2» белгісіз: %3 біреуі күтіледі</translation>
    </message>
    <message>
        <source>Point the console at a Supabase project; the anon key goes to the OS keychain.</source>
        <translation>Консольді Supabase жобасына қосу; anon-кілт ОЖ кілттер қоймасына сақталады.</translation>
    </message>
    <message>
        <source>Project URL, e.g. https://abcd.supabase.co.</source>
        <translation>Жоба URL-і, мысалы https://abcd.supabase.co.</translation>
    </message>
    <message>
        <source>Anon key: </source>
        <translation>Anon-кілт: </translation>
    </message>
    <message>
        <source>No anon key on standard input: pipe it in, e.g. leadops connect --url URL &lt; key.txt</source>
        <translation>Стандартты енгізуде anon-кілт жоқ: оны беріңіз, мысалы leadops connect --url URL &lt; key.txt</translation>
    </message>
    <message>
        <source>Connected to %1; the anon key is in the %2.</source>
        <translation>%1 жобасына қосылды; anon-кілт мұнда сақталған: %2.</translation>
    </message>
    <message>
        <source>Sign in with Supabase Auth; the session goes to the OS keychain.</source>
        <translation>Supabase Auth арқылы кіру; сессия ОЖ кілттер қоймасына сақталады.</translation>
    </message>
    <message>
        <source>Your e-mail address.</source>
        <translation>Электрондық пошта мекенжайыңыз.</translation>
    </message>
    <message>
        <source>No Supabase project is configured: run leadops connect --url URL first</source>
        <translation>Supabase жобасы бапталмаған: алдымен leadops connect --url URL орындаңыз</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Құпия сөз: </translation>
    </message>
    <message>
        <source>No password on standard input</source>
        <translation>Стандартты енгізуде құпия сөз жоқ</translation>
    </message>
    <message>
        <source>Signed in as %1, but the session cannot be kept: %2</source>
        <translation>%1 ретінде кірдіңіз, бірақ сессияны сақтау мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Signed in as %1 (role %2); the session is in the %3.</source>
        <translation>%1 ретінде кірдіңіз (рөл %2); сессия мұнда сақталған: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Show the signed-in user and role.</source>
        <translation>Кірген пайдаланушы мен оның рөлін көрсету.</translation>
    </message>
    <message>
        <source>%1 (role %2), session valid until %3</source>
        <translation>%1 (рөл %2), сессия %3 дейін жарамды</translation>
    </message>
    <message>
        <source>Sign out and forget the session.</source>
        <translation>Шығу және сессияны ұмыту.</translation>
    </message>
    <message>
        <source>leadops: the server was not told (%1); the local session is removed anyway</source>
        <translation>leadops: серверге хабарланбады (%1); жергілікті сессия бәрібір жойылды</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Шықтыңыз.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Кіру орындалмаған.</translation>
    </message>
    <message>
        <source>Fill an empty workspace with realistic demo data (same seed and date, same data).</source>
        <translation>Бос жұмыс кеңістігін шынайы демо-деректермен толтыру (бірдей seed пен күн — бірдей деректер).</translation>
    </message>
    <message>
        <source>Number of leads, 1 to 10000000.</source>
        <translation>Лидтер саны, 1-ден 10000000-ға дейін.</translation>
    </message>
    <message>
        <source>Random seed (default 42).</source>
        <translation>Кездейсоқ бастапқы сан (әдепкі 42).</translation>
    </message>
    <message>
        <source>Last day of the generated history (default today, UTC).</source>
        <translation>Жасалатын тарихтың соңғы күні (әдепкі бүгін, UTC).</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>Орындалу барысын көрсетпеу.</translation>
    </message>
    <message>
        <source>--seed &apos;%1&apos; is not valid: expected a whole number from 0 to 4294967295</source>
        <translation>--seed «%1» жарамсыз: 0-ден 4294967295-ке дейінгі бүтін сан күтіледі</translation>
    </message>
    <message>
        <source>--until &apos;%1&apos; is not a date: expected YYYY-MM-DD, as in 2026-11-25</source>
        <translation>--until «%1» күн емес: ЖЖЖЖ-АА-КК күтіледі, мысалы 2026-11-25</translation>
    </message>
    <message>
        <source>demo: %1 of %2 leads</source>
        <translation>demo: %2 лидтің %1</translation>
    </message>
    <message>
        <source>Demo workspace %1: %2 niches, %3 campaigns, %4 leads, %5 history entries in %6 s</source>
        <translation>%1 демо-кеңістігі: тауашалар %2, науқандар %3, лидтер %4, тарих жазбалары %5, %6 с ішінде</translation>
    </message>
    <message>
        <source>Check the backend: REST, Auth, clock skew, session expiry. Exit 0 healthy, 1 degraded, 3 unreachable or not configured.</source>
        <translation>Серверді тексеру: REST, Auth, сағат айырмасы, сессия мерзімі. Шығу 0 — жұмыс істейді, 1 — ақаулармен, 3 — қолжетімсіз немесе бапталмаған.</translation>
    </message>
    <message>
        <source>backend: %1</source>
        <translation>сервер: %1</translation>
    </message>
    <message>
        <source>  REST answered HTTP %1 in %2 ms</source>
        <translation>  REST %2 мс ішінде HTTP %1 жауап берді</translation>
    </message>
    <message>
        <source>One redacted report for a support ticket: versions, workspace, health, request metrics, the last runs and the last 200 log lines.</source>
        <translation>Қолдау қызметіне арналған құпиясыз бір есеп: нұсқалар, жұмыс кеңістігі, күйі, сұрау метрикалары, соңғы іске қосулар және журналдың соңғы 200 жолы.</translation>
    </message>
    <message>
        <source>text (default), json or prometheus (metrics only).</source>
        <translation>text (әдепкі), json немесе prometheus (тек метрикалар).</translation>
    </message>
    <message>
        <source>--format must be text, json or prometheus</source>
        <translation>--format text, json немесе prometheus болуы керек</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date: expected YYYY-MM-DD, as in 2026-11-25</source>
        <translation>--%1 «%2» күн емес: ЖЖЖЖ-АА-КК күтіледі, мысалы 2026-11-25</translation>
    </message>
    <message>
        <source>png, pdf, svg or csv (default: from the file name).</source>
        <translation>png, pdf, svg немесе csv (әдепкі — файл атынан).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Жазылатын файл.</translation>
    </message>
    <message>
        <source>First day of leads counted, YYYY-MM-DD.</source>
        <translation>Есепке алынатын лидтердің бірінші күні, ЖЖЖЖ-АА-КК.</translation>
    </message>
    <message>
        <source>Last day of leads counted (included), YYYY-MM-DD.</source>
        <translation>Есепке алынатын лидтердің соңғы күні (қоса алғанда), ЖЖЖЖ-АА-КК.</translation>
    </message>
    <message>
        <source>Only this campaign (id).</source>
        <translation>Тек осы науқан (id).</translation>
    </message>
    <message>
        <source>almaty, astana or shymkent.</source>
        <translation>almaty, astana немесе shymkent.</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not known: expected png, pdf, svg or csv</source>
        <translation>--format «%1» белгісіз: png, pdf, svg немесе csv күтіледі</translation>
    </message>
    <message>
        <source>Cannot tell the format from &apos;%1&apos;: give --format png, pdf, svg or csv</source>
        <translation>«%1» бойынша форматты анықтау мүмкін емес: --format png, pdf, svg немесе csv көрсетіңіз</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2: the period would be empty</source>
        <translation>--from %1 --to %2 кейін: кезең бос болар еді</translation>
    </message>
    <message>
        <source>%1 written to %2 (%3, %4 bytes)</source>
        <translation>%1 %2 ішіне жазылды (%3, %4 байт)</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>БАҒА</translation>
    </message>
    <message>
        <source>MSGS</source>
        <translation>ХАБАР</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ДЕРЕККӨЗ</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>БАЙЛАНЫС</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ҚҰРЫЛДЫ</translation>
    </message>
    <message>
        <source>Create a new lead; the contact is a +7 phone, a @telegram handle or an e-mail.</source>
        <translation>Жаңа лид құру; байланыс — +7 телефон, @telegram аты немесе e-mail.</translation>
    </message>
    <message>
        <source>Campaign id.</source>
        <translation>Науқан ID-і.</translation>
    </message>
    <message>
        <source>Phone, Telegram handle or e-mail.</source>
        <translation>Телефон, Telegram аты немесе e-mail.</translation>
    </message>
    <message>
        <source>Created lead %1 (%2)</source>
        <translation>%1 лиды құрылды (%2)</translation>
    </message>
    <message>
        <source>List leads, newest first.</source>
        <translation>Лидтер тізімі, жаңалары жоғарыда.</translation>
    </message>
    <message>
        <source>new, contacted, qualifying, qualified, disqualified or closed.</source>
        <translation>new, contacted, qualifying, qualified, disqualified немесе closed.</translation>
    </message>
    <message>
        <source>At most this many rows (default 100, at most 100000).</source>
        <translation>Ең көп жол саны (әдепкі 100, ең көбі 100000).</translation>
    </message>
    <message>
        <source>Skip this many rows first.</source>
        <translation>Алдымен осынша жолды өткізіп жіберу.</translation>
    </message>
    <message>
        <source>--offset &apos;%1&apos; is not valid: expected a whole number from 0</source>
        <translation>--offset «%1» жарамсыз: 0-ден бастап бүтін сан күтіледі</translation>
    </message>
    <message>
        <source>Show a lead and its history.</source>
        <translation>Лидті және оның тарихын көрсету.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>campaign_id</source>
        <translation>campaign_id</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <source>created_at</source>
        <translation>created_at</translation>
    </message>
    <message>
        <source>qualified_at</source>
        <translation>qualified_at</translation>
    </message>
    <message>
        <source>disqualified_at</source>
        <translation>disqualified_at</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>updated_at</source>
        <translation>updated_at</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Тарих:</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>УАҚЫТЫ</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ӘРЕКЕТ</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>КІМ</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>ТОЛЫҒЫРАҚ</translation>
    </message>
    <message>
        <source>Qualification score from 0 to 1.</source>
        <translation>Біліктілік бағасы 0-ден 1-ге дейін.</translation>
    </message>
    <message>
        <source>Qualification score</source>
        <translation>Біліктілік бағасы</translation>
    </message>
    <message>
        <source>Lead %1 is now %2</source>
        <translation>%1 лиды енді %2</translation>
    </message>
    <message>
        <source>Disqualify a lead, keeping the reason.</source>
        <translation>Себебін сақтай отырып лидті біліктіліктен шығару.</translation>
    </message>
    <message>
        <source>Why the lead is disqualified.</source>
        <translation>Лид неге біліктіліктен шығарылды.</translation>
    </message>
    <message>
        <source>Disqualify qualifying leads with more than %1 messages and a score below %2.</source>
        <translation>Біліктіліктегі %1-нан көп хабары және %2-тен төмен бағасы бар лидтерді шығару.</translation>
    </message>
    <message>
        <source>Only list the leads that would be disqualified.</source>
        <translation>Тек шығарылатын лидтерді көрсету.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) would be auto-disqualified</source>
        <translation>
            <numerusform>%n лид автоматты түрде шығарылар еді</numerusform>
            <numerusform>%n лид автоматты түрде шығарылар еді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) auto-disqualified</source>
        <translation>
            <numerusform>%n лид автоматты түрде шығарылды</numerusform>
            <numerusform>%n лид автоматты түрде шығарылды</numerusform>
        </translation>
    </message>
    <message>
        <source>Qualify a contacted lead with at least %1 messages.</source>
        <translation>Кемінде %1 хабары бар «байланысты» мәртебесіндегі лидті біліктілікке сай деп тану.</translation>
    </message>
    <message>
        <source>Record a provisional score for a lead in qualification.</source>
        <translation>Біліктіліктегі лидтің алдын ала бағасын жазу.</translation>
    </message>
    <message>
        <source>Mark a new lead as contacted.</source>
        <translation>Жаңа лидті «байланысты» деп белгілеу.</translation>
    </message>
    <message>
        <source>Record one message exchanged with the lead.</source>
        <translation>Лидпен алмасқан бір хабарды жазу.</translation>
    </message>
    <message>
        <source>Move a contacted lead into qualification.</source>
        <translation>Лидті «байланысты» күйінен біліктілікке ауыстыру.</translation>
    </message>
    <message>
        <source>Close a qualified lead (hand-off to sales).</source>
        <translation>Біліктілікке сай лидті жабу (сатуға беру).</translation>
    </message>
    <message>
        <source>MARKET</source>
        <translation>НАРЫҚ</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>САНАТ</translation>
    </message>
    <message>
        <source>PROFIT</source>
        <translation>ТАБЫСТ</translation>
    </message>
    <message>
        <source>COMPET</source>
        <translation>БӘСЕК</translation>
    </message>
    <message>
        <source>Create a niche in research.</source>
        <translation>Зерттеудегі тауаша құру.</translation>
    </message>
    <message>
        <source>Niche name.</source>
        <translation>Тауаша атауы.</translation>
    </message>
    <message>
        <source>City: almaty, astana or shymkent.</source>
        <translation>Қала: almaty, astana немесе shymkent.</translation>
    </message>
    <message>
        <source>Business category.</source>
        <translation>Бизнес санаты.</translation>
    </message>
    <message>
        <source>Created niche %1 (%2)</source>
        <translation>%1 тауашасы құрылды (%2)</translation>
    </message>
    <message>
        <source>List niches.</source>
        <translation>Тауашалар тізімі.</translation>
    </message>
    <message>
        <source>Record the research scores (each 0..1) and mark the niche validated.</source>
        <translation>Зерттеу бағаларын жазу (әрқайсысы 0..1) және тауашаны тексерілген деп белгілеу.</translation>
    </message>
    <message>
        <source>Profitability score, 0..1.</source>
        <translation>Табыстылық бағасы, 0..1.</translation>
    </message>
    <message>
        <source>Competition density, 0..1.</source>
        <translation>Бәсекелестік тығыздығы, 0..1.</translation>
    </message>
    <message>
        <source>Profitability score</source>
        <translation>Табыстылық бағасы</translation>
    </message>
    <message>
        <source>Competition density</source>
        <translation>Бәсекелестік тығыздығы</translation>
    </message>
    <message>
        <source>Niche %1 is %2 and can be activated</source>
        <translation>%1 тауашасы: %2, оны белсендіруге болады</translation>
    </message>
    <message>
        <source>Niche %1 is %2 but cannot be activated (profitability must be at least %3 and competition below %4)</source>
        <translation>%1 тауашасы: %2, бірақ оны белсендіруге болмайды (табыстылық %3-дан кем емес және бәсекелестік %4-ден төмен)</translation>
    </message>
    <message>
        <source>Niche %1 is now %2</source>
        <translation>%1 тауашасы енді %2</translation>
    </message>
    <message>
        <source>Activate a validated niche (profitability &gt;= %1, competition &lt; %2).</source>
        <translation>Тексерілген тауашаны белсендіру (табыстылық &gt;= %1, бәсекелестік &lt; %2).</translation>
    </message>
    <message>
        <source>Pause an active niche.</source>
        <translation>Белсенді тауашаны тоқтата тұру.</translation>
    </message>
    <message>
        <source>Archive a niche.</source>
        <translation>Тауашаны мұрағаттау.</translation>
    </message>
    <message>
        <source>Push local changes, then pull what changed on the server. Exit 1: the server refused a change; 3: the server cannot be reached; 4: conflicts remain.</source>
        <translation>Жергілікті өзгерістерді жіберу, содан кейін серверде өзгергенді алу. Шығу 1: сервер өзгерісті қабылдамады; 3: сервер қолжетімсіз; 4: қақтығыстар қалды.</translation>
    </message>
    <message>
        <source>Only pull.</source>
        <translation>Тек алу.</translation>
    </message>
    <message>
        <source>Only push.</source>
        <translation>Тек жіберу.</translation>
    </message>
    <message>
        <source>sync: %1 %2 rows</source>
        <translation>sync: %1 — %2 жол</translation>
    </message>
    <message>
        <source>pushed %1, pulled %2, deleted %3, held back %4, conflicts %5, refused %6, pending %7 (%8 s)</source>
        <translation>жіберілді %1, алынды %2, жойылды %3, кейінге қалдырылды %4, қақтығыстар %5, қабылданбады %6, кезекте %7 (%8 с)</translation>
    </message>
    <message>
        <source>Changes the server refused because the row changed there meanwhile.</source>
        <translation>Жол сол уақытта серверде өзгергендіктен қабылданбаған өзгерістер.</translation>
    </message>
    <message>
        <source>Local changes not yet on the server (and those the server refused).</source>
        <translation>Серверге әлі жетпеген жергілікті өзгерістер (және сервер қабылдамағандары).</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>КҮЙІ</translation>
    </message>
    <message>
        <source>ENTITY</source>
        <translation>НЫСАН</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>ЖОЛ</translation>
    </message>
    <message>
        <source>OP</source>
        <translation>ОП</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ҚАТЕ</translation>
    </message>
    <message>
        <source>mine or theirs.</source>
        <translation>mine немесе theirs.</translation>
    </message>
    <message>
        <source>--keep must be mine or theirs</source>
        <translation>--keep mine немесе theirs болуы керек</translation>
    </message>
    <message>
        <source>Conflict %1: your change is queued again on top of the server&apos;s row</source>
        <translation>%1 қақтығысы: сіздің өзгерісіңіз сервер жолының үстінен қайта кезекте</translation>
    </message>
    <message>
        <source>Conflict %1: the server&apos;s row is kept, your change dropped</source>
        <translation>%1 қақтығысы: сервер жолы қалдырылды, сіздің өзгерісіңіз алынып тасталды</translation>
    </message>
    <message>
        <source>Rename a campaign or change its budget (not below what it spent).</source>
        <translation>Науқан атауын немесе бюджетін өзгерту (жұмсалғаннан төмен емес).</translation>
    </message>
    <message>
        <source>give --name, --budget or both</source>
        <translation>--name, --budget немесе екеуін де көрсетіңіз</translation>
    </message>
    <message>
        <source>Saved campaign %1 (%2)</source>
        <translation>%1 науқаны сақталды (%2)</translation>
    </message>
    <message>
        <source>Rename a niche or change its category.</source>
        <translation>Тауаша атауын немесе санатын өзгерту.</translation>
    </message>
    <message>
        <source>give --name, --category or both</source>
        <translation>--name, --category немесе екеуін де көрсетіңіз</translation>
    </message>
    <message>
        <source>Saved niche %1 (%2)</source>
        <translation>%1 тауашасы сақталды (%2)</translation>
    </message>
    <message>
        <source>sync: %1 %2 of about %3 rows</source>
        <translation>sync: %1 — шамамен %3 жолдың %2</translation>
    </message>
    <message>
        <source>Resolve a conflict (keep the server&apos;s row, or re-apply the local change on top of it) or a change the server refused (send it again, or drop it and take the server&apos;s row).</source>
        <translation>Қайшылықты шешу (сервер жолын қалдыру немесе жергілікті өзгерісті оның үстіне қайта қолдану) немесе сервер қабылдамаған өзгерісті шешу (қайта жіберу немесе тастап, сервер жолын алу).</translation>
    </message>
    <message>
        <source>Change id &apos;%1&apos; is not a number (leadops conflicts and leadops pending list them)</source>
        <translation>«%1» өзгеріс идентификаторы сан емес (оларды leadops conflicts және leadops pending тізімдейді)</translation>
    </message>
    <message>
        <source>Change %1: queued to be sent again at the next sync</source>
        <translation>%1 өзгерісі: келесі синхрондауда қайта жіберіледі</translation>
    </message>
    <message>
        <source>Change %1: dropped; the row never reached the server and is removed here</source>
        <translation>%1 өзгерісі: тасталды; жол серверге ешқашан жетпеген және мұнда жойылды</translation>
    </message>
    <message>
        <source>Change %1: dropped; the server&apos;s row comes back with the next sync</source>
        <translation>%1 өзгерісі: тасталды; сервер жолы келесі синхрондауда қайтады</translation>
    </message>
    <message>
        <source>--workspace is empty: give the workspace folder</source>
        <translation>--workspace бос: жұмыс кеңістігінің қалтасын беріңіз</translation>
    </message>
    <message>
        <source>Each action takes --help, as in: leadops %1 ACTION --help</source>
        <translation>Әр әрекеттің --help кілті бар, мысалы: leadops %1 ӘРЕКЕТ --help</translation>
    </message>
    <message>
        <source>%1: missing action</source>
        <translation>%1: әрекет көрсетілмеген</translation>
    </message>
    <message>
        <source>%1: unknown action &apos;%2&apos;</source>
        <translation>%1: белгісіз әрекет «%2»</translation>
    </message>
    <message>
        <source>… (%1 more characters)</source>
        <translation>… (тағы %1 таңба)</translation>
    </message>
    <message>
        <source>Accept an http:// URL to another computer (a trusted network).</source>
        <translation>Басқа компьютердің http:// мекенжайына рұқсат ету (сенімді желі).</translation>
    </message>
    <message>
        <source>Check the workspace file without changing it. Exit 0: healthy; 1: damaged (with the finding).</source>
        <translation>Жұмыс кеңістігінің файлын өзгертпей тексеру. Шығу 0: дұрыс; 1: зақымдалған (табылғанымен).</translation>
    </message>
    <message>
        <source>Also compare every index with its table (slower).</source>
        <translation>Әр индексті өз кестесімен де салыстыру (баяуырақ).</translation>
    </message>
    <message>
        <source>%1: healthy</source>
        <translation>%1: дұрыс</translation>
    </message>
    <message>
        <source>%1: damaged</source>
        <translation>%1: зақымдалған</translation>
    </message>
    <message>
        <source>A synced workspace is rebuilt from the server with &quot;leadops workspace rebuild&quot; (the damaged file is kept beside it).</source>
        <translation>Синхрондалған кеңістік серверден «leadops workspace rebuild» командасымен қалпына келтіріледі (зақымдалған файл қасында сақталады).</translation>
    </message>
    <message>
        <source>Move the damaged workspace file aside, pull every row again from the server, and queue again every local change that can still be read. Needs a connected project (leadops connect, leadops login).</source>
        <translation>Зақымдалған жұмыс кеңістігі файлын бір жаққа жылжытып, барлық жолдарды серверден қайта жүктеу және әлі оқылатын әр жергілікті өзгерісті қайта кезекке қою. Қосылған жоба қажет (leadops connect, leadops login).</translation>
    </message>
    <message>
        <source>A workspace is rebuilt from the server, and none can be used: %1</source>
        <translation>Жұмыс кеңістігі серверден қалпына келтіріледі, бірақ сервер қолжетімсіз: %1</translation>
    </message>
    <message>
        <source>Rebuilt: %1 rows pulled from the server, %2 local change(s) queued again. The damaged file is kept as %3</source>
        <translation>Қалпына келтірілді: серверден %1 жол жүктелді, %2 жергілікті өзгеріс қайта кезекте. Зақымдалған файл %3 ретінде сақталды</translation>
    </message>
    <message>
        <source>  could not be recovered: %1</source>
        <translation>  қалпына келтіру мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>see the finding with &quot;leadops workspace check&quot;; a synced workspace is rebuilt from the server with &quot;leadops workspace rebuild&quot; (the damaged file is kept)</source>
        <translation>табылғанды «leadops workspace check» көрсетеді; синхрондалған кеңістік серверден «leadops workspace rebuild» командасымен қалпына келтіріледі (зақымдалған файл сақталады)</translation>
    </message>
    <message>
        <source>sign in with &quot;leadops login --email E&quot; (the password from standard input)</source>
        <translation>«leadops login --email E» командасымен кіріңіз (құпиясөз стандартты енгізуден)</translation>
    </message>
    <message>
        <source>connect with &quot;leadops connect --url URL&quot; (the anon key from standard input), or set LEADOPS_REST_URL</source>
        <translation>«leadops connect --url URL» командасымен қосылыңыз (анонимдік кілт стандартты енгізуден) немесе LEADOPS_REST_URL орнатыңыз</translation>
    </message>
    <message>
        <source>&quot;leadops conflicts&quot; and &quot;leadops pending&quot; list the changes</source>
        <translation>«leadops conflicts» және «leadops pending» өзгерістерді көрсетеді</translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) wait in this workspace and are sent after the next sign-in.</source>
        <translation>
            <numerusform>Осы жұмыс кеңістігінде %n жергілікті өзгеріс күтіп тұр, олар келесі кіруден кейін жіберіледі.</numerusform>
            <numerusform>Осы жұмыс кеңістігінде %n жергілікті өзгеріс күтіп тұр, олар келесі кіруден кейін жіберіледі.</numerusform>
        </translation>
    </message>
    <message>
        <source>project</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>none: a local-only workspace</source>
        <translation>жоқ: тек жергілікті жұмыс кеңістігі</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пайдаланушы</translation>
    </message>
    <message>
        <source>role</source>
        <translation>рөл</translation>
    </message>
    <message>
        <source>none needed (local)</source>
        <translation>қажет емес (жергілікті)</translation>
    </message>
    <message>
        <source>session</source>
        <translation>сессия</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>%1 дейін жарамды</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>жүйеден шыққан</translation>
    </message>
    <message>
        <source>pending changes</source>
        <translation>кезектегі өзгерістер</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>жұмыс кеңістігі</translation>
    </message>
    <message>
        <source>belongs to</source>
        <translation>иесі</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 жобасындағы %1</translation>
    </message>
    <message>
        <source>The project, the user and role, the session&apos;s expiry, the changes waiting for the server and whose workspace this is.</source>
        <translation>Жоба, пайдаланушы мен рөл, сессияның мерзімі, серверге жіберуді күтіп тұрған өзгерістер және бұл кімнің жұмыс кеңістігі.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>give the name with --name TEXT, or remove it with --clear</source>
        <translation>атын --name МӘТІН арқылы беріңіз немесе --clear арқылы алып тастаңыз</translation>
    </message>
    <message>
        <source>Lead %1 (%2) has no name now</source>
        <translation>%1 лидінің (%2) енді аты жоқ</translation>
    </message>
    <message>
        <source>Lead %1 (%2) is renamed</source>
        <translation>%1 лиді (%2) қайта аталды</translation>
    </message>
    <message>
        <source>The person&apos;s or company&apos;s name (optional).</source>
        <translation>Адамның немесе компанияның аты (міндетті емес).</translation>
    </message>
    <message>
        <source>Text or digits contained in the contact or the name.</source>
        <translation>Байланыстағы немесе аттағы мәтін не сандар.</translation>
    </message>
    <message>
        <source>Name a lead (a person or a company), or remove its name.</source>
        <translation>Лидке ат беру (адам немесе компания) немесе оны алып тастау.</translation>
    </message>
    <message>
        <source>The name, up to %1 characters.</source>
        <translation>Аты, %1 таңбаға дейін.</translation>
    </message>
    <message>
        <source>Remove the name.</source>
        <translation>Атын алып тастау.</translation>
    </message>
    <message>
        <source>%1 me: nobody is signed in to a team here (leadops login)</source>
        <translation>%1 me: мұнда командаға ешкім кірмеген (leadops login)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: no such member in the team; expected me, none or a member&apos;s e-mail (leadops team list)</source>
        <translation>%1 «%2»: командада мұндай мүше жоқ; me, none немесе мүшенің e-mail-ы күтіледі (leadops team list)</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>ЖАУАПТЫ</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>жауапты</translation>
    </message>
    <message>
        <source>Lead %1 (%2) is back in the queue</source>
        <translation>%1 лиді (%2) жалпы кезекке қайтарылды</translation>
    </message>
    <message>
        <source>Lead %1 (%2) is assigned</source>
        <translation>%1 лиді (%2) тағайындалды</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) of other members left to their owners</source>
        <translation>
            <numerusform>басқа мүшелердің %n лиді жауаптыларына қалдырылды</numerusform>
            <numerusform>басқа мүшелердің %n лиді жауаптыларына қалдырылды</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose leads: me, a member&apos;s e-mail, none (unassigned) or queue (mine and the unassigned).</source>
        <translation>Кімнің лидтері: me, мүшенің e-mail-ы, none (жауаптысыз) немесе queue (менікі және жауаптысыз).</translation>
    </message>
    <message>
        <source>Give a lead to a sales manager of the team, take it (me), or put it back in the queue (none).</source>
        <translation>Лидті командадағы сату менеджеріне беру, өзіңізге алу (me) немесе жалпы кезекке қайтару (none).</translation>
    </message>
    <message>
        <source>A member&apos;s e-mail, me or none.</source>
        <translation>Мүшенің e-mail-ы, me немесе none.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>РӨЛІ</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>БЕЛСЕНДІ</translation>
    </message>
    <message>
        <source>No team here yet: the team comes from the server with each sync (leadops sync).</source>
        <translation>Мұнда әзірге команда жоқ: ол әр синхрондауда серверден келеді (leadops sync).</translation>
    </message>
    <message>
        <source>List the team&apos;s members: who leads can be assigned to.</source>
        <translation>Команда мүшелерінің тізімі: лидтерді кімге тағайындауға болады.</translation>
    </message>
    <message>
        <source>--due &apos;%1&apos; is not valid: expected today or overdue</source>
        <translation>--due «%1» жарамсыз: today немесе overdue күтіледі</translation>
    </message>
    <message>
        <source>follow_up</source>
        <translation>қайта_қоңырау</translation>
    </message>
    <message>
        <source>--at &apos;%1&apos; is not a time: expected &quot;YYYY-MM-DD HH:MM&quot; (local time) or now</source>
        <translation>--at «%1» уақыт емес: &quot;ЖЖЖЖ-АА-КК СС:ММ&quot; (жергілікті уақыт) немесе now күтіледі</translation>
    </message>
    <message>
        <source>Lead %1 (%2): follow up at %3</source>
        <translation>%1 лиді (%2): %3 қайта қоңырау шалу</translation>
    </message>
    <message>
        <source>Lead %1 (%2) has no follow-up now</source>
        <translation>%1 лидінде (%2) енді еске салғыш жоқ</translation>
    </message>
    <message>
        <source>--clear takes neither --at nor --note</source>
        <translation>--clear --at және --note-пен бірге қолданылмайды</translation>
    </message>
    <message>
        <source>give the time with --at &quot;YYYY-MM-DD HH:MM&quot; (or now), or --clear</source>
        <translation>уақытты --at &quot;ЖЖЖЖ-АА-КК СС:ММ&quot; (немесе now) арқылы беріңіз не --clear</translation>
    </message>
    <message>
        <source>Follow-ups due today or overdue, earliest first.</source>
        <translation>Бүгінгі немесе мерзімі өткен еске салғыштар, ең ертесі бірінші.</translation>
    </message>
    <message>
        <source>Set when to call the lead back (local time, now or later), or clear it.</source>
        <translation>Лидке қашан қайта қоңырау шалуды белгілеу (жергілікті уақыт, қазір немесе кейін) немесе еске салғышты алып тастау.</translation>
    </message>
    <message>
        <source>When: &quot;YYYY-MM-DD HH:MM&quot; in local time, or now.</source>
        <translation>Қашан: жергілікті уақытпен &quot;ЖЖЖЖ-АА-КК СС:ММ&quot; немесе now.</translation>
    </message>
    <message>
        <source>What the call is about (optional).</source>
        <translation>Қоңырау не туралы (міндетті емес).</translation>
    </message>
    <message>
        <source>Remove the follow-up.</source>
        <translation>Еске салғышты алып тастау.</translation>
    </message>
    <message>
        <source>Note %1 added to lead %2</source>
        <translation>%1 жазбасы %2 лидіне қосылды</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>ЖАЗБА</translation>
    </message>
    <message>
        <source>--remove takes no --text</source>
        <translation>--remove --text-пен бірге қолданылмайды</translation>
    </message>
    <message>
        <source>Note %1 removed</source>
        <translation>%1 жазбасы жойылды</translation>
    </message>
    <message>
        <source>give the corrected text with --text, or --remove</source>
        <translation>түзетілген мәтінді --text арқылы беріңіз немесе --remove</translation>
    </message>
    <message>
        <source>Note %1 corrected</source>
        <translation>%1 жазбасы түзетілді</translation>
    </message>
    <message>
        <source>Write down what the lead said (up to %1 characters).</source>
        <translation>Лидтің не айтқанын жазу (%1 таңбаға дейін).</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>Жазба мәтіні.</translation>
    </message>
    <message>
        <source>The lead&apos;s notes, newest first.</source>
        <translation>Лид жазбалары, алдымен жаңалары.</translation>
    </message>
    <message>
        <source>Correct or remove your note within %1 minutes of writing it.</source>
        <translation>Өз жазбаңызды жазғаннан кейін %1 минут ішінде түзету немесе жою.</translation>
    </message>
    <message>
        <source>The corrected note.</source>
        <translation>Түзетілген мәтін.</translation>
    </message>
    <message>
        <source>Remove the note.</source>
        <translation>Жазбаны жою.</translation>
    </message>
    <message>
        <source>--encoding &apos;%1&apos; is not known: expected utf-8, windows-1251 or utf-16</source>
        <translation>--encoding &apos;%1&apos; белгісіз: utf-8, windows-1251 немесе utf-16 күтілді</translation>
    </message>
    <message>
        <source>--delimiter &apos;%1&apos; is not known: expected &apos;;&apos;, &apos;,&apos; or tab</source>
        <translation>--delimiter &apos;%1&apos; белгісіз: &apos;;&apos;, &apos;,&apos; немесе tab күтілді</translation>
    </message>
    <message>
        <source>--map &apos;%1&apos; is not valid: expected FIELD=HEADER, FIELD one of %2</source>
        <translation>--map &apos;%1&apos; дұрыс емес: ӨРІС=ТАҚЫРЫП күтілді, ӨРІС — %2 біреуі</translation>
    </message>
    <message>
        <source>The file has no column &apos;%1&apos;; its columns: %2</source>
        <translation>Файлда &apos;%1&apos; бағаны жоқ; бағандары: %2</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>СЕБЕБІ</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (--report FILE lists every row)</source>
        <translation>
            <numerusform>… және тағы %n (--report ФАЙЛ барлық жолдарды тізеді)</numerusform>
            <numerusform>… және тағы %n (--report ФАЙЛ барлық жолдарды тізеді)</numerusform>
        </translation>
    </message>
    <message>
        <source>name the campaign with --campaign ID, or the column naming it with --campaign-column HEADER</source>
        <translation>науқанды --campaign ID арқылы, не оны атайтын бағанды --campaign-column ТАҚЫРЫП арқылы көрсетіңіз</translation>
    </message>
    <message>
        <source>Dry run of %1: %2 rows; would import %3 new leads and update %4; %5 duplicates, %6 invalid rows. Nothing was written.</source>
        <translation>%1 сынақ өтуі: %2 жол; %3 жаңа лид импортталып, %4 жаңартылар еді; %5 қайталанған, %6 қате жол. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>Imported %1 new leads from %2 and updated %3 (batch %4; undo with leadops lead import-undo %4); %5 duplicates and %6 invalid rows were skipped.</source>
        <translation>%2 файлынан %1 жаңа лид импортталды, %3 жаңартылды (%4 топтама; болдырмау: leadops lead import-undo %4); %5 қайталанған және %6 қате жол өткізілді.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n rows are invalid (below). Correct them, or import the other rows with --skip-invalid.</source>
        <translation>
            <numerusform>Ештеңе импортталған жоқ: %n жол қате (төменде). Оларды түзетіңіз немесе қалған жолдарды --skip-invalid арқылы импорттаңыз.</numerusform>
            <numerusform>Ештеңе импортталған жоқ: %n жол қате (төменде). Оларды түзетіңіз немесе қалған жолдарды --skip-invalid арқылы импорттаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1 has no new leads (%2 duplicates).</source>
        <translation>Ештеңе импортталған жоқ: %1 файлында жаңа лид жоқ (%2 қайталанған).</translation>
    </message>
    <message>
        <source>Invalid rows:</source>
        <translation>Қате жолдар:</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Қайталанғандар:</translation>
    </message>
    <message>
        <source>Import %1 undone: %2 leads removed, %3 names given back</source>
        <translation>%1 импорты болдырылмады: %2 лид жойылды, %3 атау қайтарылды</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>болдырылмады</translation>
    </message>
    <message>
        <source>BATCH</source>
        <translation>ТОПТАМА</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>ЖАҢА</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ЖАҢАРТЫЛДЫ</translation>
    </message>
    <message>
        <source>UNDONE</source>
        <translation>БОЛДЫРЫЛМАДЫ</translation>
    </message>
    <message>
        <source>--format %1 does not match the file name %2: name the file .%1</source>
        <translation>--format %1 %2 файл атауына сәйкес емес: файлды .%1 деп атаңыз</translation>
    </message>
    <message>
        <source>the file name %1 does not say the format: name it .csv or .xlsx, or give --format csv|xlsx</source>
        <translation>%1 файл атауынан пішім белгісіз: оны .csv не .xlsx деп атаңыз немесе --format csv|xlsx беріңіз</translation>
    </message>
    <message>
        <source>Exported %1 leads to %2</source>
        <translation>%1 лид %2 файлына экспортталды</translation>
    </message>
    <message>
        <source>The file to write (.csv or .xlsx).</source>
        <translation>Жазылатын файл (.csv немесе .xlsx).</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file name).</source>
        <translation>csv немесе xlsx (әдепкі — файл атауынан).</translation>
    </message>
    <message>
        <source>Import leads from a CSV, TSV or XLSX file: one batch, undone with lead import-undo. Exit 0 when something was imported (or would be, in a dry run), 1 when nothing could be.</source>
        <translation>CSV, TSV немесе XLSX файлынан лидтерді импорттау: бір топтама, lead import-undo арқылы болдырылмайды. Бірдеңе импортталса (сынақта импортталар болса) 0, ештеңе импортталмаса 1.</translation>
    </message>
    <message>
        <source>The campaign (id or name) the leads come into.</source>
        <translation>Лидтер түсетін науқан (id немесе атауы).</translation>
    </message>
    <message>
        <source>The column naming each row&apos;s campaign.</source>
        <translation>Әр жолдың науқанын атайтын баған.</translation>
    </message>
    <message>
        <source>Which column feeds a field: contact, name, source, campaign, note or created (repeatable; HEADER is a column&apos;s name or number).</source>
        <translation>Қай баған өрісті толтырады: contact, name, source, campaign, note немесе created (қайталауға болады; ТАҚЫРЫП — бағанның атауы не нөмірі).</translation>
    </message>
    <message>
        <source>The text file&apos;s encoding (default: detected).</source>
        <translation>Мәтін файлының кодтауы (әдепкі — анықталады).</translation>
    </message>
    <message>
        <source>The text file&apos;s delimiter: &apos;;&apos;, &apos;,&apos; or tab (default: detected).</source>
        <translation>Мәтін файлының бөлгіші: &apos;;&apos;, &apos;,&apos; немесе tab (әдепкі — анықталады).</translation>
    </message>
    <message>
        <source>Import the valid rows and list the others.</source>
        <translation>Дұрыс жолдарды импорттап, қалғандарын тізу.</translation>
    </message>
    <message>
        <source>Give leads already in the campaign the file&apos;s name and note.</source>
        <translation>Науқанда бұрыннан бар лидтерге файлдағы атау мен ескертпені беру.</translation>
    </message>
    <message>
        <source>Check and count only; write nothing.</source>
        <translation>Тек тексеріп, санау; ештеңе жазбау.</translation>
    </message>
    <message>
        <source>Write every skipped row and its reason to this CSV file.</source>
        <translation>Өткізілген әр жол мен себебін осы CSV файлына жазу.</translation>
    </message>
    <message>
        <source>Undo an import while none of its leads has changed since.</source>
        <translation>Лидтерінің ешқайсысы өзгермегенше импортты болдырмау.</translation>
    </message>
    <message>
        <source>The imports made in this workspace, newest first.</source>
        <translation>Осы жұмыс кеңістігіндегі импорттар, жаңалары алдымен.</translation>
    </message>
    <message>
        <source>Write the leads a list filter selects, all of them, to CSV or XLSX.</source>
        <translation>Тізім сүзгісі таңдаған барлық лидтерді CSV не XLSX файлына жазу.</translation>
    </message>
    <message>
        <source>Move a lead in qualification back to contacted, so that it can be qualified.</source>
        <translation>Біліктілік тексерудегі лидті білікті ету үшін «байланысқан» күйіне қайтару.</translation>
    </message>
    <message>
        <source>--format %1 but the file name %2 says %3: the file would not be what its name says. Give them the same format</source>
        <translation>--format %1, бірақ %2 файл атауы %3 дейді: файл атауы айтқандай болмас еді. Бір форматты көрсетіңіз</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be exported: expected funnel, budget, breakdown or weekly</source>
        <translation>«%1» экспорттау мүмкін емес: funnel, budget, breakdown немесе weekly күтіледі</translation>
    </message>
    <message>
        <source>Funnel by source</source>
        <translation>Дереккөз бойынша воронка</translation>
    </message>
    <message>
        <source>Funnel by campaign</source>
        <translation>Науқан бойынша воронка</translation>
    </message>
    <message>
        <source>Export a chart (PNG, PDF, SVG) or its data (CSV): the qualification funnel, the budget utilization and pacing, the funnel by source and by campaign (breakdown), or the conversion by week (weekly). Needs no display.</source>
        <translation>Диаграмманы (PNG, PDF, SVG) немесе оның деректерін (CSV) экспорттау: біліктілік воронкасы, бюджетті пайдалану және шығыс қарқыны, дереккөз және науқан бойынша воронка (breakdown) немесе апталық конверсия (weekly). Дисплей қажет емес.</translation>
    </message>
    <message>
        <source>Record it even though it takes the campaign past its budget.</source>
        <translation>Науқан бюджеттен асса да жазу.</translation>
    </message>
    <message>
        <source>Reversed the spend entry; campaign %1 is %2</source>
        <translation>Шығыс жазбасы сторноланды; %1 науқаны — %2</translation>
    </message>
    <message>
        <source>reverses %1</source>
        <translation>%1 сторнолайды</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>сторноланған</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>СОМА</translation>
    </message>
    <message>
        <source>SPENT AFTER</source>
        <translation>КЕЙІН ЖҰМСАЛҒАНЫ</translation>
    </message>
    <message>
        <source>EFFECT</source>
        <translation>ӘСЕРІ</translation>
    </message>
    <message>
        <source>Why, in a line (at most 500 characters).</source>
        <translation>Неліктен, бір жолмен (500 таңбадан аспайды).</translation>
    </message>
    <message>
        <source>Record spend in tenge as a ledger entry; the campaign completes when spend reaches the budget. A spend past the budget needs --confirm-overspend.</source>
        <translation>Шығысты теңгемен журнал жазбасы ретінде жазу; шығыс бюджетке жеткенде науқан аяқталады. Бюджеттен асатын шығысқа --confirm-overspend керек.</translation>
    </message>
    <message>
        <source>The campaign&apos;s spend ledger, oldest first: each spend and correction, who recorded it, and spent after it.</source>
        <translation>Науқанның шығыстар журналы, ескісінен бастап: әр шығыс пен түзету, оны кім жазды және одан кейін қанша жұмсалды.</translation>
    </message>
    <message>
        <source>Reverse a mistaken spend with a correction entry. If that spend completed the campaign, it returns to the status it had.</source>
        <translation>Қате шығысты түзету жазбасымен сторнолау. Егер сол шығыс науқанды аяқтаған болса, науқан бұрынғы күйіне оралады.</translation>
    </message>
    <message>
        <source>LeadOps Console %1

usage: leadops [--workspace DIR] [--lang ru|kk|en] [--demo]   open the window
       leadops [--workspace DIR] COMMAND ... [--json]          run headless

commands:
  demo --leads N [--seed S] [--until DATE]     fill an empty workspace with demo data
  niche create --name N --market M --category C
  niche list | edit ID [--name N] [--category C] | validate ID --profitability P --competition C | activate ID | pause ID | archive ID
  campaign create --niche ID --name N --platform P --budget B
  campaign list [--status S] | edit ID [--name N] [--budget B] | start|pause|resume|complete ID | spend ID AMOUNT [--note T]
  campaign spending ID | spend-reverse ID ENTRY_ID [--note T]
  lead create --campaign ID --source S --contact C [--name TEXT] | rename ID --name TEXT|--clear
  lead list [--status S] [--campaign ID] [--source S] [--search TEXT] [--owner me|EMAIL|none|queue]
            [--due today|overdue] [--limit N]
  lead follow-up ID --at &quot;YYYY-MM-DD HH:MM&quot;|now [--note TEXT] | --clear
  lead note ID --text TEXT | notes ID | note-edit NOTE_ID --text TEXT|--remove
  lead show ID | contact|message|start-qualifying|back-to-contacted|close ID | assign ID --to EMAIL|me|none
  lead score|qualify ID --score S | disqualify ID --reason TEXT | auto-disqualify [--dry-run]
  lead import FILE --campaign ID|--campaign-column H [--map FIELD=H] [--skip-invalid] [--dry-run]
  lead imports | import-undo BATCH | export --out FILE.csv|FILE.xlsx [lead list filters]
  team list                                    the members leads can be assigned to
  connect --url URL &lt; anon-key    login --email E &lt; password    whoami    logout
  account                                      project, user, role, session, pending changes
  health    diagnostics [--format text|json|prometheus]
  sync [--pull-only|--push-only]    pending    conflicts    resolve ID --keep mine|theirs
  workspace check [--full] | rebuild             find damage; pull a damaged synced workspace again
  export funnel|budget|breakdown|weekly --format png|pdf|svg|csv --out FILE [--from DATE] [--to DATE]
         [--campaign ID] [--source S] [--market M]   (no display needed)

Each command takes --help. Exit codes: 0 done, 1 refused by a rule or invalid input, 2 usage error,
3 backend unreachable (health, sync), 4 conflicts remain (sync). The JSON log is in the workspace&apos;s logs/ folder.
The workspace defaults to %2.
</source>
        <translation>LeadOps Console %1

қолданылуы: leadops [--workspace DIR] [--lang ru|kk|en] [--demo]   терезені ашу
            leadops [--workspace DIR] КОМАНДА ... [--json]          терезесіз

командалар:
  demo --leads N [--seed S] [--until DATE]     бос жұмыс кеңістігін демо-деректермен толтыру
  niche create --name N --market M --category C
  niche list | edit ID [--name N] [--category C] | validate ID --profitability P --competition C | activate ID | pause ID | archive ID
  campaign create --niche ID --name N --platform P --budget B
  campaign list [--status S] | edit ID [--name N] [--budget B] | start|pause|resume|complete ID | spend ID AMOUNT [--note T]
  campaign spending ID | spend-reverse ID ENTRY_ID [--note T]
  lead create --campaign ID --source S --contact C [--name TEXT] | rename ID --name TEXT|--clear
  lead list [--status S] [--campaign ID] [--source S] [--search TEXT] [--owner me|EMAIL|none|queue]
            [--due today|overdue] [--limit N]
  lead follow-up ID --at &quot;YYYY-MM-DD HH:MM&quot;|now [--note TEXT] | --clear
  lead note ID --text TEXT | notes ID | note-edit NOTE_ID --text TEXT|--remove
  lead show ID | contact|message|start-qualifying|back-to-contacted|close ID | assign ID --to EMAIL|me|none
  lead score|qualify ID --score S | disqualify ID --reason TEXT | auto-disqualify [--dry-run]
  lead import ФАЙЛ --campaign ID|--campaign-column Т [--map ӨРІС=Т] [--skip-invalid] [--dry-run]
  lead imports | import-undo ТОПТАМА | export --out ФАЙЛ.csv|ФАЙЛ.xlsx [lead list сүзгілері]
  team list                                    лидтерді тағайындауға болатын мүшелер
  connect --url URL &lt; anon-key    login --email E &lt; password    whoami    logout
  account                                      жоба, пайдаланушы, рөл, сессия, кезектегі өзгерістер
  health    diagnostics [--format text|json|prometheus]
  sync [--pull-only|--push-only]    pending    conflicts    resolve ID --keep mine|theirs
  workspace check [--full] | rebuild             зақымды табу; зақымдалған синхрондалған кеңістікті қайта жүктеу
  export funnel|budget|breakdown|weekly --format png|pdf|svg|csv --out FILE [--from DATE] [--to DATE]
         [--campaign ID] [--source S] [--market M]   (дисплей қажет емес)

Әр команданың --help кілті бар. Шығу кодтары: 0 дайын, 1 ереже бойынша бас тарту немесе қате енгізу, 2 қолдану қатесі,
3 сервер қолжетімсіз (health, sync), 4 қақтығыстар қалды (sync). JSON-журнал жұмыс кеңістігінің logs/ қалтасында.
Әдепкі жұмыс кеңістігі: %2.
</translation>
    </message>
    <message>
        <source>Start just after this lead (the last id of the previous page): as fast a million rows down as at the top, unlike --offset.</source>
        <translation>Осы лидтен кейін бастау (алдыңғы беттің соңғы id-і): --offset-тен айырмашылығы, миллион жол тереңдікте де басындағыдай жылдам.</translation>
    </message>
    <message>
        <source>--after and --offset cannot be used together</source>
        <translation>--after пен --offset бірге қолданылмайды</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>&apos;%1&apos; is not a project URL: expected https://&lt;project-ref&gt;.supabase.co (or http://host:port for a local backend)</source>
        <translation>«%1» жоба URL-і емес: https://&lt;project-ref&gt;.supabase.co күтіледі (немесе жергілікті сервер үшін http://host:port)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not encrypted (http://): the anon key, passwords and tokens would cross the network readable. Use https://, or allow it explicitly for a trusted network (--allow-insecure)</source>
        <translation>«%1» шифрланбайды (http://): анонимдік кілт, құпиясөздер мен токендер желі арқылы ашық түрде өтеді. https:// пайдаланыңыз немесе сенімді желі үшін анық рұқсат етіңіз (--allow-insecure)</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>Phone number &apos;%1&apos; contains &apos;%2&apos;: expected digits, spaces, dashes, dots or brackets only, as in +7 701 123 45 67 or 8 (701) 123-45-67</source>
        <translation>«%1» телефон нөмірінде «%2» бар: тек сандар, бос орындар, сызықшалар, нүктелер мен жақшалар рұқсат, мысалы +7 701 123 45 67 немесе 8 (701) 123-45-67</translation>
    </message>
    <message>
        <source>Phone number &apos;%1&apos; is not a Kazakh or Russian number: expected +7 and 10 digits (+7 701 123 45 67), 8 and 10 digits (8 701 123 45 67) or the 10-digit national number</source>
        <translation>«%1» телефон нөмірі қазақстандық немесе ресейлік емес: +7 және 10 сан (+7 701 123 45 67), 8 және 10 сан (8 701 123 45 67) немесе 10 таңбалы ұлттық нөмір күтіледі</translation>
    </message>
    <message>
        <source>Phone number &apos;%1&apos; has no valid area or operator code: after +7 the number must start with a digit from 3 to 9 (e.g. 701, 747, 727, 916)</source>
        <translation>«%1» нөмірінде жарамды қала немесе оператор коды жоқ: +7-ден кейін нөмір 3-тен 9-ға дейінгі санмен басталуы керек (мысалы, 701, 747, 727, 916)</translation>
    </message>
    <message>
        <source>Telegram handle &apos;%1&apos; is not valid: expected @ followed by 5 to 32 Latin letters, digits or underscores, as in @almaty_sales</source>
        <translation>«%1» Telegram аты жарамсыз: @ және 5-тен 32-ге дейін латын әрпі, сан немесе астын сызу күтіледі, мысалы @almaty_sales</translation>
    </message>
    <message>
        <source>E-mail address &apos;%1&apos; is not valid: expected name@domain.tld, as in sales@example.kz</source>
        <translation>«%1» e-mail мекенжайы жарамсыз: аты@домен.аймақ күтіледі, мысалы sales@example.kz</translation>
    </message>
    <message>
        <source>Contact is empty: expected a phone (+7 701 123 45 67), a Telegram handle (@name) or an e-mail address (name@example.kz)</source>
        <translation>Байланыс бос: телефон (+7 701 123 45 67), Telegram аты (@name) немесе e-mail (name@example.kz) күтіледі</translation>
    </message>
    <message>
        <source>Contact &apos;%1&apos; is not a phone, Telegram handle or e-mail: expected +7 701 123 45 67, 8 (701) 123-45-67, @handle (5-32 letters, digits or _) or name@example.kz</source>
        <translation>«%1» байланысы телефон, Telegram аты немесе e-mail емес: +7 701 123 45 67, 8 (701) 123-45-67, @handle (5–32 әріп, сан немесе _) немесе name@example.kz күтіледі</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Row %1: a quoted field is never closed: a &quot; is missing before the end of the file</source>
        <translation>%1-жол: тырнақшадағы өріс жабылмаған: файл соңына дейін &quot; жетіспейді</translation>
    </message>
    <message>
        <source>Row %1: a quoted field runs on for more than a megabyte: a closing &quot; is probably missing</source>
        <translation>%1-жол: тырнақшадағы өріс мегабайттан ұзын: жабатын &quot; жетіспейтін сияқты</translation>
    </message>
    <message>
        <source>Row %1 is longer than a megabyte: this does not look like a table of leads</source>
        <translation>%1-жол мегабайттан ұзын: бұл лидтер кестесіне ұқсамайды</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 cells: is the delimiter right?</source>
        <translation>%1-жолда %2 ұяшықтан көп: бөлгіш дұрыс па?</translation>
    </message>
    <message>
        <source>Row %1 is not valid %2: the file mixes encodings, or another encoding was chosen than the one it was saved in</source>
        <translation>%1-жол дұрыс %2 емес: файлда кодтаулар араласқан немесе ол сақталғаннан басқа кодтау таңдалған</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver of Qt (qsqlite) is not installed</source>
        <translation>Qt үшін SQLite драйвері (qsqlite) орнатылмаған</translation>
    </message>
    <message>
        <source>Cannot open the workspace database %1: %2</source>
        <translation>%1 жұмыс кеңістігінің дерекқорын ашу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The workspace %1 has schema version %2, newer than this LeadOps Console understands (%3); update the console</source>
        <translation>%1 жұмыс кеңістігінің схема нұсқасы %2, бұл LeadOps Console түсінетіннен (%3) жаңа; консольді жаңартыңыз</translation>
    </message>
    <message>
        <source>The local store failed while %1: %2</source>
        <translation>Жергілікті қойма %1 кезінде істен шықты: %2</translation>
    </message>
    <message>
        <source>The workspace file %1 is damaged (%2). Nothing was written to it.</source>
        <translation>Жұмыс кеңістігінің %1 файлы зақымдалған (%2). Оған ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>There is no workspace file at %1</source>
        <translation>%1 жерінде жұмыс кеңістігінің файлы жоқ</translation>
    </message>
    <message>
        <source>schema version %1 is outside 0…%2</source>
        <translation>схема нұсқасы %1 0…%2 аралығынан тыс</translation>
    </message>
    <message>
        <source>The workspace %1 has schema version %2, which no LeadOps Console ever wrote: the file is damaged or not a workspace</source>
        <translation>%1 жұмыс кеңістігінің схема нұсқасы %2, оны LeadOps Console ешқашан жазбаған: файл зақымдалған немесе жұмыс кеңістігі емес</translation>
    </message>
    <message>
        <source>The workspace file is damaged (%1, while %2). Nothing was changed.</source>
        <translation>Жұмыс кеңістігінің файлы зақымдалған (%1, %2 кезінде). Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed while %1. Free some space and try again</source>
        <translation>Диск толы: %1 кезінде ештеңе өзгертілмеді. Орын босатып, қайталап көріңіз</translation>
    </message>
    <message>
        <source>The workspace file is damaged: %1 %2 has an unreadable %3 (&apos;%4&apos;). Nothing was changed.</source>
        <translation>Жұмыс кеңістігінің файлы зақымдалған: %1 %2 ішінде %3 өрісі оқылмайды («%4»). Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>A change failed after it was partly written, so nothing of this transaction was kept (see the log for the failure)</source>
        <translation>Өзгеріс ішінара жазылғаннан кейін сәтсіз аяқталды, сондықтан бұл транзакциядан ештеңе сақталмады (себебі журналда)</translation>
    </message>
    <message>
        <source>listing indexes</source>
        <translation>индекстер тізімін оқу</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>writing demo data</source>
        <translation>демо-деректерді жазу</translation>
    </message>
    <message>
        <source>Demo lead count %1 is out of range: expected 0 to %2</source>
        <translation>Демо-лидтер саны %1 ауқымнан тыс: 0-ден %2 дейін күтіледі</translation>
    </message>
    <message>
        <source>checking that the workspace is empty</source>
        <translation>жұмыс кеңістігінің бос екенін тексеру</translation>
    </message>
    <message>
        <source>The workspace %1 already holds data: demo data goes into an empty workspace (choose another --workspace folder)</source>
        <translation>%1 жұмыс кеңістігінде деректер бар: демо-деректер тек бос кеңістікке жазылады (басқа --workspace қалтасын таңдаңыз)</translation>
    </message>
    <message>
        <source>reading the demo run</source>
        <translation>демо толтыру барысын оқу кезінде</translation>
    </message>
    <message>
        <source>reading the outbox</source>
        <translation>өзгерістер кезегін оқу кезінде</translation>
    </message>
    <message>
        <source>The workspace %1 holds an interrupted demo run and local changes made since: choose another --workspace folder</source>
        <translation>%1 жұмыс кеңістігінде үзілген демо толтыру және одан кейінгі жергілікті өзгерістер бар: басқа --workspace қалтасын таңдаңыз</translation>
    </message>
    <message>
        <source>recording the demo run</source>
        <translation>демо толтыру барысын жазу кезінде</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>the workspace could not be opened</source>
        <translation>жұмыс кеңістігін ашу мүмкін болмады</translation>
    </message>
    <message>
        <source>LeadOps Console %1 (Qt %2) on %3, %4
</source>
        <translation>LeadOps Console %1 (Qt %2), %3, %4
</translation>
    </message>
    <message>
        <source>generated %1, locale %2
</source>
        <translation>жасалды %1, локаль %2
</translation>
    </message>
    <message>
        <source>workspace %1, schema %2, rows %3
</source>
        <translation>жұмыс кеңістігі %1, схема %2, жолдар %3
</translation>
    </message>
    <message>
        <source>changes: %1 pending, %2 in conflict, %3 refused by the server; last sync %4
</source>
        <translation>өзгерістер: кезекте %1, қақтығыста %2, сервер қабылдамаған %3; соңғы синхрондау %4
</translation>
    </message>
    <message>
        <source>previous run ended cleanly: %1
</source>
        <translation>алдыңғы іске қосу дұрыс аяқталды: %1
</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>backend: %1%2
</source>
        <translation>сервер: %1%2
</translation>
    </message>
    <message>
        <source>
requests (this process and the last %1 runs):
</source>
        <translation>
сұраулар (осы процесс және соңғы %1 іске қосу):
</translation>
    </message>
    <message>
        <source>sync at %1: pushed %2, pulled %3, deleted %4, conflicts %5, refused %6, pending %7, %8 s
</source>
        <translation>синхрондау %1: жіберілді %2, алынды %3, жойылды %4, қақтығыстар %5, қабылданбады %6, кезекте %7, %8 с
</translation>
    </message>
    <message>
        <source>
log %1, last %2 lines:
</source>
        <translation>
журнал %1, соңғы %2 жол:
</translation>
    </message>
    <message>
        <source>workspace %1: ERROR: %2
</source>
        <translation>жұмыс кеңістігі %1: ҚАТЕ: %2
</translation>
    </message>
</context>
<context>
    <name>EntityKind</name>
    <message>
        <source>niches</source>
        <translation>тауашаларды</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>науқандарды</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>лидтерді</translation>
    </message>
</context>
<context>
    <name>ImportBatchStore</name>
    <message>
        <source>recording import %1</source>
        <translation>%1 импортын жазу</translation>
    </message>
    <message>
        <source>reading the history of lead %1</source>
        <translation>%1 лидінің тарихын оқу</translation>
    </message>
    <message>
        <source>recording lead %1 of import %2</source>
        <translation>%2 импортының %1 лидін жазу</translation>
    </message>
    <message>
        <source>recording the undo of import %1</source>
        <translation>%1 импортының болдырылмауын жазу</translation>
    </message>
    <message>
        <source>reading import %1</source>
        <translation>%1 импортын оқу</translation>
    </message>
    <message>
        <source>listing imports</source>
        <translation>импорттар тізімі</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Науқан</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құрылған</translation>
    </message>
</context>
<context>
    <name>JsonPage</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 байт)</translation>
    </message>
    <message>
        <source>The server sent a page of rows that is not valid JSON (%1)</source>
        <translation>Сервер жарамды JSON емес жолдар бетін жіберді (%1)</translation>
    </message>
    <message>
        <source>The server sent something other than a list of rows</source>
        <translation>Сервер жолдар тізімін емес, басқа нәрсе жіберді</translation>
    </message>
    <message>
        <source>A row of the page has no text &quot;id&quot; and &quot;%1&quot;</source>
        <translation>Беттің жолында &quot;id&quot; және &quot;%1&quot; мәтін өрістері жоқ</translation>
    </message>
</context>
<context>
    <name>Lead</name>
    <message>
        <source>A lead needs a campaign</source>
        <translation>Лидке науқан қажет</translation>
    </message>
    <message>
        <source>Lead %1 cannot be %2: status=%3, messages=%4 (rule %5: %6)</source>
        <translation>%1 лиды %2 бола алмайды: мәртебе=%3, хабарлар=%4 (%5 ережесі: %6)</translation>
    </message>
    <message>
        <source>marked contacted</source>
        <translation>«байланысты» деп белгіленген</translation>
    </message>
    <message>
        <source>status must be new</source>
        <translation>мәртебе «жаңа» болуы керек</translation>
    </message>
    <message>
        <source>given a message</source>
        <translation>хабар алған</translation>
    </message>
    <message>
        <source>status must be new, contacted or qualifying</source>
        <translation>мәртебе «жаңа», «байланысты» немесе «біліктілікте» болуы керек</translation>
    </message>
    <message>
        <source>moved to qualifying</source>
        <translation>біліктілікке ауыстырылған</translation>
    </message>
    <message>
        <source>status must be contacted</source>
        <translation>мәртебе «байланысты» болуы керек</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>бағаланған</translation>
    </message>
    <message>
        <source>status must be qualifying</source>
        <translation>мәртебе «біліктілікте» болуы керек</translation>
    </message>
    <message>
        <source>Qualification score</source>
        <translation>Біліктілік бағасы</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>біліктілікке сай деп танылған</translation>
    </message>
    <message>
        <source>status must be contacted and messages at least %1</source>
        <translation>мәртебе «байланысты», ал хабарлар кемінде %1 болуы керек</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>біліктіліктен шығарылған</translation>
    </message>
    <message>
        <source>status must not be disqualified or closed</source>
        <translation>мәртебе «шығарылған» немесе «жабылған» болмауы керек</translation>
    </message>
    <message>
        <source>Lead %1 cannot be disqualified without a reason</source>
        <translation>%1 лидын себепсіз шығаруға болмайды</translation>
    </message>
    <message>
        <source>Disqualification reason is %1 characters long: at most %2 are kept</source>
        <translation>Шығару себебі %1 таңба: ең көбі %2 сақталады</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>жабылған</translation>
    </message>
    <message>
        <source>status must be qualified</source>
        <translation>мәртебе «біліктілікке сай» болуы керек</translation>
    </message>
    <message>
        <source>Disqualification reason</source>
        <translation>Дисквалификация себебі</translation>
    </message>
    <message>
        <source>The name is %1 characters long: at most %2 are allowed</source>
        <translation>Аттың ұзындығы %1 таңба: %2 таңбадан аспауы керек</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>given a follow-up</source>
        <translation>еске салғыш алу</translation>
    </message>
    <message>
        <source>A follow-up at %1 is in the past: a follow-up is now or later (use &quot;now&quot; to call right away)</source>
        <translation>%1 уақытындағы еске салғыш өткен шақта: еске салғыш қазірге немесе кейінге қойылады (бірден қоңырау шалу үшін «now» көрсетіңіз)</translation>
    </message>
    <message>
        <source>The follow-up note is %1 characters long: at most %2 are allowed</source>
        <translation>Еске салғыш жазбасының ұзындығы %1 таңба: %2 таңбадан аспауы керек</translation>
    </message>
    <message>
        <source>The follow-up note</source>
        <translation>Еске салғыш жазбасы</translation>
    </message>
    <message>
        <source>moved back to contacted</source>
        <translation>«байланысқан» күйіне қайтарылады</translation>
    </message>
</context>
<context>
    <name>LeadExportJob</name>
    <message>
        <source>CSV, opens in Excel (*.csv)</source>
        <translation>CSV, Excel-де ашылады (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the lead list</source>
        <translation>Лидтер тізімін экспорттау</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>лидтер</translation>
    </message>
    <message>
        <source>%1 does not end in .csv or .xlsx: name the file with the format it should have</source>
        <translation>%1 .csv не .xlsx деп аяқталмайды: файлды керек пішіммен атаңыз</translation>
    </message>
    <message>
        <source>Exporting leads to %1…</source>
        <translation>Лидтер %1 файлына экспортталуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Exported %1 leads to %2</source>
        <translation>%1 лид %2 файлына экспортталды</translation>
    </message>
</context>
<context>
    <name>LeadExporter</name>
    <message>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Хабарлар</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Науқан</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Қайта хабарласу</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Қайта хабарласу туралы</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құрылған</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Өзгертілген</translation>
    </message>
    <message>
        <source>Disqualification reason</source>
        <translation>Біліктіліктен шығару себебі</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The export was canceled: %1 was not written</source>
        <translation>Экспорт болдырылмады: %1 жазылған жоқ</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>кітапты құру мүмкін болмады</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лидтер</translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 rows: filter the list, or export it as CSV</source>
        <translation>XLSX парағы ең көбі %1 жол сыйғызады: тізімді сүзіңіз немесе CSV ретінде экспорттаңыз</translation>
    </message>
    <message>
        <source>the finished file could not be moved into place</source>
        <translation>дайын файлды орнына жылжыту мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>LeadImporter</name>
    <message>
        <source>%1 has no rows: there is nothing to import</source>
        <translation>%1 файлында жол жоқ: импорттайтын ештеңе жоқ</translation>
    </message>
    <message>
        <source>No column holds the contact. Expected a column named like Телефон, Phone, Байланыс, Telegram or Email, or a mapping (--map contact=HEADER). The file&apos;s columns: %1</source>
        <translation>Ешбір бағанда байланыс жоқ. Телефон, Phone, Байланыс, Telegram не Email сияқты баған немесе сәйкестік (--map contact=ТАҚЫРЫП) күтілді. Файл бағандары: %1</translation>
    </message>
    <message>
        <source>No campaign %1 in this workspace</source>
        <translation>Бұл жұмыс кеңістігінде %1 науқаны жоқ</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ештеңе импортталған жоқ: %1</translation>
    </message>
    <message>
        <source>Choose the campaign the leads come into (--campaign ID), or the column that names it (--campaign-column HEADER)</source>
        <translation>Лидтер түсетін науқанды (--campaign ID) немесе оны атайтын бағанды (--campaign-column ТАҚЫРЫП) таңдаңыз</translation>
    </message>
    <message>
        <source>%1 cells where the header has %2: a delimiter inside an unquoted cell?</source>
        <translation>тақырыпта %2, ал мұнда %1 ұяшық: тырнақшасыз ұяшық ішінде бөлгіш бар ма?</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>байланыс жоқ</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is not one of %2</source>
        <translation>«%1» дереккөзі %2 ішінде жоқ</translation>
    </message>
    <message>
        <source>date &quot;%1&quot; is not a date: expected 2026-12-06, 06.12.2026 or 06.12.2026 14:30</source>
        <translation>«%1» күн емес: 2026-12-06, 06.12.2026 не 06.12.2026 14:30 күтілді</translation>
    </message>
    <message>
        <source>date %1 is in the future</source>
        <translation>%1 күні болашақта</translation>
    </message>
    <message>
        <source>campaign &quot;%1&quot; is not in this workspace</source>
        <translation>«%1» науқаны бұл жұмыс кеңістігінде жоқ</translation>
    </message>
    <message>
        <source>Nothing was imported: row %1 names campaign &quot;%2&quot;. %3</source>
        <translation>Ештеңе импортталған жоқ: %1-жолда «%2» науқаны көрсетілген. %3</translation>
    </message>
    <message>
        <source>no campaign</source>
        <translation>науқан жоқ</translation>
    </message>
    <message>
        <source>%1 is already on row %2 of this file</source>
        <translation>%1 осы файлдың %2-жолында бар</translation>
    </message>
    <message>
        <source>%1 is already lead %2 of campaign &quot;%3&quot;</source>
        <translation>%1 — «%3» науқанының %2 лиді</translation>
    </message>
    <message>
        <source>No import %1 in this workspace</source>
        <translation>Бұл жұмыс кеңістігінде %1 импорты жоқ</translation>
    </message>
    <message>
        <source>Import %1 was already undone on %2</source>
        <translation>%1 импорты %2 болдырылмаған</translation>
    </message>
    <message numerus="yes">
        <source>Import %1 cannot be undone: %n of its leads changed since (%2). Change them back or remove them one by one.</source>
        <translation>
            <numerusform>%1 импортын болдырмау мүмкін емес: оның %n лиді содан бері өзгерді (%2). Өзгерістерді қайтарыңыз немесе лидтерді бір-бірлеп жойыңыз.</numerusform>
            <numerusform>%1 импортын болдырмау мүмкін емес: оның %n лиді содан бері өзгерді (%2). Өзгерістерді қайтарыңыз немесе лидтерді бір-бірлеп жойыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>import %1 undone</source>
        <translation>%1 импорты болдырылмады</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>қате</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>қайталанған</translation>
    </message>
</context>
<context>
    <name>LeadStatus</name>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Байланысты</translation>
    </message>
    <message>
        <source>Qualifying</source>
        <translation>Біліктілікте</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Біліктілікке сай</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Шығарылған</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылған</translation>
    </message>
</context>
<context>
    <name>LeadStore</name>
    <message>
        <source>reading lead %1</source>
        <translation>%1 лидын оқу</translation>
    </message>
    <message>
        <source>looking for duplicate contacts</source>
        <translation>қайталанатын байланыстарды іздеу</translation>
    </message>
    <message>
        <source>saving lead %1</source>
        <translation>%1 лидын сақтау</translation>
    </message>
    <message>
        <source>updating lead %1</source>
        <translation>%1 лидын жаңарту</translation>
    </message>
    <message>
        <source>Lead %1 no longer exists in the local store</source>
        <translation>%1 лиды жергілікті қоймада енді жоқ</translation>
    </message>
    <message>
        <source>listing leads</source>
        <translation>лидтер тізімін алу</translation>
    </message>
    <message>
        <source>counting leads</source>
        <translation>лидтерді санау</translation>
    </message>
    <message>
        <source>counting leads by status</source>
        <translation>лидтерді мәртебе бойынша санау</translation>
    </message>
    <message>
        <source>finding leads to auto-disqualify</source>
        <translation>автоматты шығаруға лидтерді іздеу</translation>
    </message>
    <message>
        <source>reading leads</source>
        <translation>лидтерді оқу кезінде</translation>
    </message>
    <message>
        <source>Lead %1, where the page should start, is not in the local store</source>
        <translation>Бет басталуы тиіс %1 лиды жергілікті қоймада жоқ</translation>
    </message>
    <message>
        <source>searching leads</source>
        <translation>лидтерді іздеу</translation>
    </message>
</context>
<context>
    <name>Market</name>
    <message>
        <source>Almaty</source>
        <translation>Алматы</translation>
    </message>
    <message>
        <source>Astana</source>
        <translation>Астана</translation>
    </message>
    <message>
        <source>Shymkent</source>
        <translation>Шымкент</translation>
    </message>
</context>
<context>
    <name>Niche</name>
    <message>
        <source>Niche name must have 1 to %1 characters, got %2</source>
        <translation>Тауаша атауында 1-ден %1-ге дейін таңба болуы керек, алынғаны %2</translation>
    </message>
    <message>
        <source>Niche category must have 1 to %1 characters, got %2</source>
        <translation>Тауаша санатында 1-ден %1-ге дейін таңба болуы керек, алынғаны %2</translation>
    </message>
    <message>
        <source>Niche %1 cannot be validated: status=%2 (rule validate: status must be researching, validated or paused)</source>
        <translation>%1 тауашасын тексеруге болмайды: мәртебе=%2 (validate ережесі: мәртебе «зерттелуде», «тексерілген» немесе «тоқтатылған» болуы керек)</translation>
    </message>
    <message>
        <source>Profitability score</source>
        <translation>Табыстылық бағасы</translation>
    </message>
    <message>
        <source>Competition density</source>
        <translation>Бәсекелестік тығыздығы</translation>
    </message>
    <message>
        <source>Niche %1 cannot be activated: status=%2, score=%3, competition=%4 (rule can_activate: status must be validated, profitability at least %5 and competition below %6)</source>
        <translation>%1 тауашасын белсендіруге болмайды: мәртебе=%2, баға=%3, бәсекелестік=%4 (can_activate ережесі: мәртебе «тексерілген», табыстылық %5-тен кем емес және бәсекелестік %6-дан төмен)</translation>
    </message>
    <message>
        <source>Niche %1 is not active: status=%2 (rule pause: only an active niche can be paused)</source>
        <translation>%1 тауашасы белсенді емес: мәртебе=%2 (pause ережесі: тек белсенді тауашаны тоқтата тұруға болады)</translation>
    </message>
    <message>
        <source>Niche %1 is already archived</source>
        <translation>%1 тауашасы мұрағатта тұр</translation>
    </message>
    <message>
        <source>Niche %1 is archived: an archived niche keeps its name and category</source>
        <translation>%1 тауашасы мұрағатта: мұрағаттағы тауашаның атауы мен санаты өзгермейді</translation>
    </message>
    <message>
        <source>Niche name</source>
        <translation>Тауаша атауы</translation>
    </message>
    <message>
        <source>Niche category</source>
        <translation>Тауаша санаты</translation>
    </message>
</context>
<context>
    <name>NicheStatus</name>
    <message>
        <source>Researching</source>
        <translation>Зерттелуде</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Тексерілген</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Тоқтатылған</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Мұрағатта</translation>
    </message>
</context>
<context>
    <name>NicheStore</name>
    <message>
        <source>reading niche %1</source>
        <translation>%1 тауашасын оқу</translation>
    </message>
    <message>
        <source>saving niche %1</source>
        <translation>%1 тауашасын сақтау</translation>
    </message>
    <message>
        <source>updating niche %1</source>
        <translation>%1 тауашасын жаңарту</translation>
    </message>
    <message>
        <source>Niche %1 no longer exists in the local store</source>
        <translation>%1 тауашасы жергілікті қоймада енді жоқ</translation>
    </message>
    <message>
        <source>listing niches</source>
        <translation>тауашалар тізімін алу</translation>
    </message>
</context>
<context>
    <name>NicheTableModel</name>
    <message>
        <source>Profitable: profitability ≥ %1 and competition &lt; %2</source>
        <translation>Табысты: табыстылық ≥ %1 және бәсекелестік &lt; %2</translation>
    </message>
    <message>
        <source>Not profitable: needs profitability ≥ %1 and competition &lt; %2</source>
        <translation>Табысты емес: табыстылық ≥ %1 және бәсекелестік &lt; %2 қажет</translation>
    </message>
    <message>
        <source>Niche</source>
        <translation>Тауаша</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Нарық</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Табыстылық</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Бәсекелестік</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Тексерілген</translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <source>A note needs some text</source>
        <translation>Жазбада мәтін болуы керек</translation>
    </message>
    <message>
        <source>The note is %1 characters long: at most %2 are kept</source>
        <translation>Жазбаның ұзындығы %1 таңба: %2 таңбадан артық сақталмайды</translation>
    </message>
    <message>
        <source>The note contains a control character (U+%1): expected text, lines and tabs</source>
        <translation>Жазбада басқару таңбасы бар (U+%1): мәтін, жолдар және табуляция күтіледі</translation>
    </message>
    <message>
        <source>Note %1 is another member&apos;s: only its author can change it</source>
        <translation>%1 жазбасын басқа мүше жазған: оны тек авторы өзгерте алады</translation>
    </message>
    <message>
        <source>Note %1 is older than %2 minutes: it is history now</source>
        <translation>%1 жазбасына %2 минуттан асты: енді бұл тарих</translation>
    </message>
</context>
<context>
    <name>NoteStore</name>
    <message>
        <source>reading note %1</source>
        <translation>%1 жазбасын оқу</translation>
    </message>
    <message>
        <source>reading the notes of lead %1</source>
        <translation>%1 лидінің жазбаларын оқу</translation>
    </message>
    <message>
        <source>reading notes</source>
        <translation>жазбаларды оқу</translation>
    </message>
    <message>
        <source>saving note %1</source>
        <translation>%1 жазбасын сақтау</translation>
    </message>
    <message>
        <source>updating note %1</source>
        <translation>%1 жазбасын жаңарту</translation>
    </message>
    <message>
        <source>removing note %1</source>
        <translation>%1 жазбасын жою</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>queueing the change of %1 for the server</source>
        <translation>%1 өзгерісін серверге кезекке қою</translation>
    </message>
    <message>
        <source>reading the outbox</source>
        <translation>шығыс кезегін оқу</translation>
    </message>
    <message>
        <source>removing a pushed change</source>
        <translation>жіберілген өзгерісті жою</translation>
    </message>
    <message>
        <source>recording a conflict</source>
        <translation>қақтығысты жазу</translation>
    </message>
    <message>
        <source>recording a refused change</source>
        <translation>қабылданбаған өзгерісті жазу</translation>
    </message>
    <message>
        <source>re-queueing a change</source>
        <translation>өзгерісті қайта кезекке қою</translation>
    </message>
    <message>
        <source>updating queued changes</source>
        <translation>кезектегі өзгерістерді жаңарту</translation>
    </message>
    <message>
        <source>counting queued changes</source>
        <translation>кезектегі өзгерістерді санау</translation>
    </message>
    <message>
        <source>re-queueing a refused change</source>
        <translation>қабылданбаған өзгерісті кезекке қайта қою</translation>
    </message>
    <message>
        <source>dropping the local changes</source>
        <translation>жергілікті өзгерістерді алып тастау</translation>
    </message>
    <message>
        <source>counting the outbox</source>
        <translation>өзгерістер кезегін санау кезінде</translation>
    </message>
    <message>
        <source>restoring the version a change was made from</source>
        <translation>өзгеріс жасалған нұсқаны қалпына келтіру кезінде</translation>
    </message>
    <message>
        <source>queueing a change again</source>
        <translation>өзгерісті қайта кезекке қою кезінде</translation>
    </message>
</context>
<context>
    <name>Ownership</name>
    <message>
        <source>Lead %1 is %2&apos;s: only they can change it or hand it over</source>
        <translation>%1 лиді %2 жауапкершілігінде: оны тек сол өзгерте немесе бере алады</translation>
    </message>
    <message>
        <source>Lead %1 cannot be assigned to %2: no such member in the team (the team comes from the server with each sync)</source>
        <translation>%1 лидін %2 мүшесіне тағайындау мүмкін емес: командада мұндай мүше жоқ (команда әр синхрондауда серверден келеді)</translation>
    </message>
    <message>
        <source>Lead %1 cannot be assigned to %2: only an active sales manager of the team owns leads</source>
        <translation>%1 лидін %2 мүшесіне тағайындау мүмкін емес: лидке тек команданың белсенді сату менеджері жауапты бола алады</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>OLX</source>
        <translation>OLX</translation>
    </message>
    <message>
        <source>Kaspi</source>
        <translation>Kaspi</translation>
    </message>
    <message>
        <source>Satu</source>
        <translation>Satu</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
</context>
<context>
    <name>PostgrestClient</name>
    <message>
        <source>The session cannot be refreshed: sign in again</source>
        <translation>Сессияны жаңарту мүмкін емес: қайта кіріңіз</translation>
    </message>
    <message>
        <source>Refusing to %1 %2 without a filter: it would change every row</source>
        <translation>Бас тарту: сүзгісіз %1 %2 барлық жолды өзгертер еді</translation>
    </message>
    <message>
        <source>The session expired and could not be refreshed: %1</source>
        <translation>Сессия мерзімі өтті және оны жаңарту мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time (%2 s)</source>
        <translation>%1 сервері уақытында жауап бермеді (%2 с)</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>%1 серверіне қосылу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Your role may not do this: </source>
        <translation>Сіздің рөліңіз мұны істеуге рұқсат бермейді: </translation>
    </message>
    <message>
        <source>Not signed in, or the session expired: </source>
        <translation>Кіру орындалмаған немесе сессия мерзімі өтті: </translation>
    </message>
    <message>
        <source> (HTTP %1 from %2)</source>
        <translation> (%2 жіберген HTTP %1)</translation>
    </message>
    <message>
        <source> (HTTP %1, code %2)</source>
        <translation> (HTTP %1, код %2)</translation>
    </message>
    <message>
        <source>The server at %1 sent a response that is not valid JSON (%2 at byte %3 of %4): the connection may have been cut</source>
        <translation>%1 сервері жарамды JSON емес жауап жіберді (%4 ішінен %3 байтта %2): байланыс үзілген болуы мүмкін</translation>
    </message>
    <message>
        <source>The server at %1 sent a response that is not valid JSON (%2): the connection may have been cut</source>
        <translation>%1 сервері жарамды JSON емес жауап жіберді (%2): байланыс үзілген болуы мүмкін</translation>
    </message>
    <message>
        <source>The server at %1 did not complete the answer within %2 s; the request was given up</source>
        <translation>%1 сервері жауапты %2 с ішінде аяқтамады; сұрау тоқтатылды</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer of %2 MB or more, larger than the %3 MB this console reads; it was cut off</source>
        <translation>%1 сервері %2 МБ немесе одан үлкен жауап жіберді — консоль оқитын %3 МБ-тан үлкен; ол үзілді</translation>
    </message>
    <message>
        <source>The session could not be refreshed: %1</source>
        <translation>Сессияны жаңарту мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Disqualify %1 leads</source>
        <translation>Лидтерді шығару: %1</translation>
    </message>
    <message>
        <source>Disqualify lead</source>
        <translation>Лидті шығару</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Бюджет жоқ</translation>
    </message>
    <message>
        <source>Wrong city</source>
        <translation>Басқа қала</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Қызықпайды</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Байланысқа шықпайды</translation>
    </message>
    <message>
        <source>Duplicate request</source>
        <translation>Қайталанған өтінім</translation>
    </message>
    <message>
        <source>Not a customer</source>
        <translation>Клиент емес</translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation>Себепті таңдаңыз немесе енгізіңіз</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <source>A reason is required: choose one from the list or type your own.</source>
        <translation>Себеп қажет: тізімнен таңдаңыз немесе өзіңіз енгізіңіз.</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Науқан:</translation>
    </message>
    <message>
        <source>Validate niche</source>
        <translation>Тауашаны тексеру</translation>
    </message>
    <message>
        <source>Can be activated; profitable.</source>
        <translation>Белсендіруге болады; табысты.</translation>
    </message>
    <message>
        <source>Can be activated; not profitable (competition ≥ %1).</source>
        <translation>Белсендіруге болады; табысты емес (бәсекелестік ≥ %1).</translation>
    </message>
    <message>
        <source>Cannot be activated: needs profitability ≥ %1 and competition &lt; %2.</source>
        <translation>Белсендіруге болмайды: табыстылық ≥ %1 және бәсекелестік &lt; %2 қажет.</translation>
    </message>
    <message>
        <source>Niche:</source>
        <translation>Тауаша:</translation>
    </message>
    <message>
        <source>Profitability (≥ %1):</source>
        <translation>Табыстылық (≥ %1):</translation>
    </message>
    <message>
        <source>Competition (&lt; %1):</source>
        <translation>Бәсекелестік (&lt; %1):</translation>
    </message>
    <message>
        <source>New niche</source>
        <translation>Жаңа тауаша</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Market:</source>
        <translation>Нарық:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Санат:</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Жаңа науқан</translation>
    </message>
    <message>
        <source>tenge, e.g. 500000</source>
        <translation>теңге, мысалы 500000</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Алаң:</translation>
    </message>
    <message>
        <source>Budget, ₸:</source>
        <translation>Бюджет, ₸:</translation>
    </message>
    <message>
        <source>Create a niche first: every campaign belongs to one.</source>
        <translation>Алдымен тауаша құрыңыз: әр науқан бір тауашаға жатады.</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Жаңа лид</translation>
    </message>
    <message>
        <source>+7 701 123 45 67, @handle or name@example.kz</source>
        <translation>+7 701 123 45 67, @handle немесе name@example.kz</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Дереккөз:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Байланыс:</translation>
    </message>
    <message>
        <source>Create a campaign first: every lead comes from one.</source>
        <translation>Алдымен науқан құрыңыз: әр лид бір науқаннан келеді.</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Науқанды өзгерту</translation>
    </message>
    <message>
        <source>Spent, ₸:</source>
        <translation>Жұмсалды, ₸:</translation>
    </message>
    <message>
        <source>Edit niche</source>
        <translation>Тауашаны өзгерту</translation>
    </message>
    <message>
        <source>optional: the person or the company</source>
        <translation>міндетті емес: адам немесе компания</translation>
    </message>
    <message>
        <source>Name of %1</source>
        <translation>%1 үшін ат</translation>
    </message>
    <message>
        <source>the person or the company; empty removes the name</source>
        <translation>адам немесе компания; бос өріс атын алып тастайды</translation>
    </message>
    <message>
        <source>Assign %1 leads</source>
        <translation>%1 лидті тағайындау</translation>
    </message>
    <message>
        <source>Assign lead</source>
        <translation>Лидті тағайындау</translation>
    </message>
    <message>
        <source>Nobody: back to the queue</source>
        <translation>Ешкімге: жалпы кезекке қайтару</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кімге:</translation>
    </message>
    <message>
        <source>No sales manager in the team yet: the team comes from the server with each sync.</source>
        <translation>Командада әзірге сату менеджерлері жоқ: команда әр синхрондауда серверден келеді.</translation>
    </message>
    <message>
        <source>Follow up %1</source>
        <translation>%1 нөміріне қайта қоңырау</translation>
    </message>
    <message>
        <source>optional: what the call is about</source>
        <translation>міндетті емес: қоңырау не туралы</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Қашан:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Жазба:</translation>
    </message>
    <message>
        <source>That time is in the past: a follow-up is now or later.</source>
        <translation>Бұл уақыт өтіп кетті: еске салғыш қазірге немесе кейінге қойылады.</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Жазба: %1</translation>
    </message>
    <message>
        <source>Correct the note on %1</source>
        <translation>Жазбаны түзету: %1</translation>
    </message>
    <message>
        <source>What was said, what was agreed (up to %1 characters)</source>
        <translation>Не айтылды, не келісілді (%1 таңбаға дейін)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеп</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Жазба мәтіні</translation>
    </message>
</context>
<context>
    <name>PulledRowStore</name>
    <message>
        <source>saving the sync watermark</source>
        <translation>синхрондау белгісін сақтау</translation>
    </message>
    <message>
        <source>keeping a row to ask the server for again</source>
        <translation>серверден қайта сұрау үшін жолды сақтау</translation>
    </message>
</context>
<context>
    <name>RestRepository</name>
    <message>
        <source>No %1 with id %2 on the server (or your role may not see it)</source>
        <translation>Серверде id %2 бар %1 жоқ (немесе рөліңіз оны көрмейді)</translation>
    </message>
    <message>
        <source>The server did not send a list of %1 rows</source>
        <translation>Сервер %1 жолдарының тізімін жібермеді</translation>
    </message>
    <message>
        <source>No %1 was changed on the server (id %2): it does not exist, or your role may not change it</source>
        <translation>Серверде бірде-бір %1 өзгертілмеді (id %2): ол жоқ немесе рөліңіз оны өзгерте алмайды</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Sales manager</source>
        <translation>Сату менеджері</translation>
    </message>
    <message>
        <source>Marketer</source>
        <translation>Маркетолог</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Талдаушы</translation>
    </message>
</context>
<context>
    <name>RowReader</name>
    <message>
        <source>The server sent a %1 row that this console cannot read: field &apos;%2&apos; is %3, expected %4</source>
        <translation>Сервер консоль оқи алмайтын %1 жолын жіберді: «%2» өрісі — %3, %4 күтіледі</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>мән</translation>
    </message>
    <message>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <source>text or null</source>
        <translation>мәтін немесе null</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>сан</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>бүтін сан</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>сома</translation>
    </message>
    <message>
        <source>an ISO-8601 timestamp</source>
        <translation>ISO-8601 уақыт белгісі</translation>
    </message>
    <message>
        <source>text of %1 to %2 characters</source>
        <translation>ұзындығы %1–%2 таңба мәтін</translation>
    </message>
    <message>
        <source>text of at least %1 characters</source>
        <translation>ұзындығы кемінде %1 таңба мәтін</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>%1 мен %2 аралығындағы сан</translation>
    </message>
    <message>
        <source>a number of at least %1</source>
        <translation>кемінде %1 болатын сан</translation>
    </message>
    <message>
        <source>an amount from 0 to 1000000000000</source>
        <translation>0-ден 1000000000000-ға дейінгі сома</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true немесе false</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>updating the search index</source>
        <translation>іздеу индексін жаңарту</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The OS keychain is not available (%1: %2); nothing was saved. On Linux a Secret Service (GNOME Keyring or KWallet) must be running and unlocked.</source>
        <translation>ОЖ кілттер қоймасы қолжетімсіз (%1: %2); ештеңе сақталмады. Linux-та Secret Service қызметі (GNOME Keyring немесе KWallet) жұмыс істеп, құлпы ашық болуы керек.</translation>
    </message>
    <message>
        <source>OS keychain (%1)</source>
        <translation>ОЖ кілттер қоймасы (%1)</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>%1 жазу</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>%1 оқу</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>%1 жою</translation>
    </message>
    <message>
        <source>memory of this process only</source>
        <translation>тек осы процестің жады</translation>
    </message>
    <message>
        <source>The secret %1 is %2 bytes; the OS keychain keeps at most %3 bytes per item (Windows&apos; limit); nothing was saved</source>
        <translation>%1 құпиясы %2 байт; ОЖ кілттер қоймасы бір жазбаға %3 байттан артық сақтамайды (Windows шегі); ештеңе сақталмады</translation>
    </message>
</context>
<context>
    <name>ServerHistory</name>
    <message>
        <source>reading where the server&apos;s history was pulled to</source>
        <translation>сервер тарихы қайда дейін жүктелгенін оқу кезінде</translation>
    </message>
    <message>
        <source>storing the server&apos;s history</source>
        <translation>сервер тарихын сақтау кезінде</translation>
    </message>
    <message>
        <source>The server&apos;s history has a row this console cannot read: %1</source>
        <translation>Сервер тарихында консоль оқи алмайтын жол бар: %1</translation>
    </message>
</context>
<context>
    <name>ServerRowWriter</name>
    <message>
        <source>storing a row from the server</source>
        <translation>серверден келген жолды сақтау</translation>
    </message>
    <message>
        <source>removing a row the server deleted</source>
        <translation>серверде жойылған жолды жою</translation>
    </message>
    <message>
        <source>The server sent a page of %1 rows that is not valid JSON (%2)</source>
        <translation>Сервер жарамды JSON емес %1 жолдарының бетін жіберді (%2)</translation>
    </message>
    <message>
        <source>The server sent something other than a list of %1 rows</source>
        <translation>Сервер %1 жолдарының тізімін емес, басқа нәрсе жіберді</translation>
    </message>
    <message>
        <source>The server sent a %1 row without a text &quot;id&quot;: %2</source>
        <translation>Сервер «id» мәтін өрісі жоқ %1 жолын жіберді: %2</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>%1 id &apos;%2&apos; is not valid: expected a UUID such as 0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b</source>
        <translation>%1 ID-і «%2» жарамсыз: UUID күтіледі, мысалы 0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b</translation>
    </message>
    <message>
        <source>No %1 with id %2</source>
        <translation>id %2 бар %1 жоқ</translation>
    </message>
</context>
<context>
    <name>SpendEntry</name>
    <message>
        <source>The spend note is %1 characters long: at most %2 are kept</source>
        <translation>Шығыс жазбасының ұзындығы %1 таңба: ең көбі %2 сақталады</translation>
    </message>
    <message>
        <source>Spend note</source>
        <translation>Шығыс жазбасы</translation>
    </message>
</context>
<context>
    <name>SpendLedgerModel</name>
    <message>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>On this computer only</source>
        <translation>Тек осы компьютерде</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Синхрондауды күтуде</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Әсері</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сома</translation>
    </message>
    <message>
        <source>Spent after</source>
        <translation>Кейін жұмсалғаны</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кім жазды</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Reverses a spend</source>
        <translation>Шығысты сторнолайды</translation>
    </message>
    <message>
        <source>Reverses the spend of %1</source>
        <translation>%1 шығысын сторнолайды</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Сторноланған</translation>
    </message>
    <message>
        <source>Completed the campaign</source>
        <translation>Науқанды аяқтады</translation>
    </message>
    <message>
        <source>Campaign back to %1</source>
        <translation>Науқан қайта: %1</translation>
    </message>
    <message>
        <source>Refused by the server: see File ▸ Sync conflicts</source>
        <translation>Сервер қабылдамады: Файл ▸ Синхрондау қайшылықтары қараңыз</translation>
    </message>
    <message>
        <source>In conflict: see File ▸ Sync conflicts</source>
        <translation>Қайшылық: Файл ▸ Синхрондау қайшылықтары қараңыз</translation>
    </message>
</context>
<context>
    <name>SpendPrompts</name>
    <message>
        <source>Optional: invoice number, what it paid for</source>
        <translation>Міндетті емес: шот нөмірі, не үшін төленді</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Record spend</source>
        <translation>Шығысты жазу</translation>
    </message>
    <message>
        <source>e.g. 25000 or 2500.50</source>
        <translation>мысалы 25000 немесе 2500.50</translation>
    </message>
    <message>
        <source>Amount in tenge</source>
        <translation>Теңгедегі сома</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Науқан:</translation>
    </message>
    <message>
        <source>Spent so far:</source>
        <translation>Осы уақытқа дейін жұмсалды:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
    <message>
        <source>Amount, ₸:</source>
        <translation>Сома, ₸:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Жазба:</translation>
    </message>
    <message>
        <source>Spend must be a positive amount; a mistaken spend is reversed in the ledger.</source>
        <translation>Шығыс оң сома болуы керек; қате шығыс журналда сторноланады.</translation>
    </message>
    <message>
        <source>Spend past the budget</source>
        <translation>Бюджеттен асатын шығыс</translation>
    </message>
    <message>
        <source>%1

Record it anyway? The campaign is then completed.</source>
        <translation>%1

Бәрібір жазу керек пе? Сонда науқан аяқталады.</translation>
    </message>
    <message>
        <source>Reverse spend</source>
        <translation>Шығысты сторнолау</translation>
    </message>
    <message>
        <source>Optional: why, e.g. typed one zero too many</source>
        <translation>Міндетті емес: неліктен, мысалы артық нөл</translation>
    </message>
    <message>
        <source>Takes the spend of %1 recorded on %2 off campaign %3: spent goes from %4 to %5.</source>
        <translation>%2 жазылған %1 шығысын %3 науқанынан алып тастайды: жұмсалғаны %4 орнына %5 болады.</translation>
    </message>
    <message>
        <source>This spend completed the campaign: it returns to %1.</source>
        <translation>Бұл шығыс науқанды аяқтаған: ол «%1» күйіне оралады.</translation>
    </message>
    <message>
        <source>The campaign stays %1.</source>
        <translation>Науқан «%1» күйінде қалады.</translation>
    </message>
</context>
<context>
    <name>SpendStore</name>
    <message>
        <source>reading spend entry %1</source>
        <translation>%1 шығыс жазбасын оқу</translation>
    </message>
    <message>
        <source>reading the corrections of spend entry %1</source>
        <translation>%1 шығыс жазбасының түзетулерін оқу</translation>
    </message>
    <message>
        <source>reading the spend ledger of campaign %1</source>
        <translation>%1 науқанының шығыстар журналын оқу</translation>
    </message>
    <message>
        <source>saving spend entry %1</source>
        <translation>%1 шығыс жазбасын сақтау</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>reading the sync watermark</source>
        <translation>синхрондау белгісін оқу</translation>
    </message>
    <message>
        <source>reading the local store</source>
        <translation>жергілікті қойманы оқу</translation>
    </message>
    <message>
        <source>Sync cancelled; the pages pulled so far are kept</source>
        <translation>Синхрондау тоқтатылды; алынған беттер сақталды</translation>
    </message>
    <message>
        <source>%1 %2 is not on the server: it was deleted there, never reached it, or your role may not see it</source>
        <translation>%1 %2 серверде жоқ: оны онда жойған, ол жетпеген немесе рөліңіз оны көрмейді</translation>
    </message>
    <message>
        <source>recording the server version</source>
        <translation>сервер нұсқасын жазу</translation>
    </message>
    <message>
        <source>dropping the local changes</source>
        <translation>жергілікті өзгерістерді алып тастау</translation>
    </message>
    <message>
        <source>The server did not send a list of %1 rows: %2</source>
        <translation>Сервер %1 жолдарының тізімін жібермеді: %2</translation>
    </message>
    <message>
        <source>The server&apos;s sync horizon is not a timestamp: %1</source>
        <translation>Сервердің синхрондау көкжиегі уақыт белгісі емес: %1</translation>
    </message>
    <message>
        <source>starting the first pull</source>
        <translation>алғашқы жүктеуді бастау</translation>
    </message>
    <message>
        <source>ending the first pull</source>
        <translation>алғашқы жүктеуді аяқтау</translation>
    </message>
    <message>
        <source>reading the rows to ask the server for again</source>
        <translation>серверден қайта сұралатын жолдарды оқу</translation>
    </message>
    <message>
        <source>forgetting a row asked for again</source>
        <translation>қайта сұралған жолды кезектен алып тастау</translation>
    </message>
    <message>
        <source>counting the rows that refer to a refused row</source>
        <translation>қабылданбаған жолға сілтейтін жолдарды санау</translation>
    </message>
    <message>
        <source>The %1 %2 never reached the server and %3 local %4 refer to it; resolve their changes first</source>
        <translation>%1 %2 серверге ешқашан жетпеген және оған жергілікті жолдар сілтейді (%3, %4); алдымен олардың өзгерістерін шешіңіз</translation>
    </message>
    <message>
        <source>removing a row the server never accepted</source>
        <translation>сервер ешқашан қабылдамаған жолды жою</translation>
    </message>
    <message>
        <source>keeping a row to ask the server for again</source>
        <translation>серверден қайта сұрау үшін жолды сақтау</translation>
    </message>
    <message>
        <source>No conflict or refused change with id %1</source>
        <translation>%1 идентификаторы бар қайшылық немесе қабылданбаған өзгеріс жоқ</translation>
    </message>
    <message>
        <source>Your role (%1) cannot change %2 %3: the server kept its row. Drop the change, or ask a colleague whose role may change it</source>
        <translation>Сіздің рөліңіз (%1) %2 %3 өзгерте алмайды: сервер өз жолын сақтады. Өзгерісті алып тастаңыз немесе рөлі рұқсат ететін әріптестен сұраңыз</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>The server&apos;s team list is not readable: %1</source>
        <translation>Серверден келген команда тізімі оқылмайды: %1</translation>
    </message>
    <message>
        <source>reading the server version of %1</source>
        <translation>%1 сервер нұсқасын оқу</translation>
    </message>
    <message>
        <source>The server&apos;s answer to changed_since is not a yes or no</source>
        <translation>Сервердің changed_since сұрауына жауабы «иә» да, «жоқ» та емес</translation>
    </message>
</context>
<context>
    <name>SyncLock</name>
    <message>
        <source>Another sync of this workspace is running (process %1); this one waited %2 s. Try again when it has ended</source>
        <translation>Осы жұмыс кеңістігінің басқа синхрондауы жүріп жатыр (%1 процесі); бұл %2 с күтті. Ол аяқталғанда қайталаңыз</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 ашу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 — файл емес, қалта</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import</source>
        <translation>%1 бос: импорттайтын ештеңе жоқ</translation>
    </message>
    <message>
        <source>%1 is a password-protected workbook or an old Excel 97-2003 (.xls) file. Remove the password, or save it as .xlsx or CSV, in Excel or LibreOffice, and import that file.</source>
        <translation>%1 — құпиясөзбен қорғалған кітап немесе ескі Excel 97-2003 (.xls) файлы. Excel не LibreOffice-те құпиясөзді алып тастаңыз немесе .xlsx не CSV ретінде сақтап, сол файлды импорттаңыз.</translation>
    </message>
    <message>
        <source>%1 is not a text table (it holds binary data). Expected a CSV or TSV text file, or an .xlsx workbook.</source>
        <translation>%1 — мәтіндік кесте емес (екілік деректер бар). CSV не TSV мәтін файлы немесе .xlsx кітабы күтілді.</translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <source>reading the team</source>
        <translation>команданы оқу</translation>
    </message>
    <message>
        <source>replacing the team</source>
        <translation>команданы ауыстыру</translation>
    </message>
    <message>
        <source>saving team member %1</source>
        <translation>команда мүшесін сақтау %1</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16 (little-endian)</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16 (big-endian)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кирилл)</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Amount &apos;%1&apos; is not a number of tenge: expected digits with at most two decimals, as in 150000 or 2500.50</source>
        <translation>«%1» сомасы теңге саны емес: үтірден кейін ең көбі екі таңбасы бар сандар күтіледі, мысалы 150000 немесе 2500.50</translation>
    </message>
    <message>
        <source>Amount &apos;%1&apos; is too large: at most 1000000000000 tenge</source>
        <translation>«%1» сомасы тым үлкен: ең көбі 1000000000000 теңге</translation>
    </message>
    <message>
        <source>%1 must lie between 0 and 1 inclusive, got %2</source>
        <translation>%1 0-ден 1-ге дейін болуы керек, алынғаны %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number: expected a decimal between 0 and 1, as in 0.75</source>
        <translation>%1 «%2» сан емес: 0-ден 1-ге дейінгі ондық сан күтіледі, мысалы 0.75</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not valid: expected a whole number from 1 to %3</source>
        <translation>%1 «%2» жарамсыз: 1-ден %3 дейінгі бүтін сан күтіледі</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2 at position %3): only printable text on one line is allowed</source>
        <translation>%1 басқару таңбасын қамтиды (U+%2, %3-орында): тек бір жолдағы басылатын мәтінге рұқсат етіледі</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot create the workspace folder %1</source>
        <translation>%1 жұмыс кеңістігі қалтасын құру мүмкін емес</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>%1 қалтасын жасау мүмкін емес</translation>
    </message>
    <message>
        <source>Cannot move the workspace from %1 to %2: move the folder by hand, or start with --workspace %1</source>
        <translation>Жұмыс кеңістігін %1 ішінен %2 ішіне көшіру мүмкін емес: қалтаны қолмен көшіріңіз немесе --workspace %1 арқылы іске қосыңыз</translation>
    </message>
</context>
<context>
    <name>WorkspaceOwner</name>
    <message>
        <source>reading whose workspace this is</source>
        <translation>жұмыс кеңістігінің иесін оқу кезінде</translation>
    </message>
    <message>
        <source>This workspace belongs to %1 at %2; %3 at %4 gets a workspace of their own, so that one user&apos;s changes are never sent under another&apos;s name</source>
        <translation>Бұл жұмыс кеңістігі %2 жобасындағы %1 пайдаланушыға тиесілі; %4 жобасындағы %3 үшін бөлек жұмыс кеңістігі жасалады, бір пайдаланушының өзгерістері ешқашан басқаның атынан жіберілмеуі үшін</translation>
    </message>
    <message>
        <source>recording whose workspace this is</source>
        <translation>жұмыс кеңістігінің иесін жазу кезінде</translation>
    </message>
</context>
<context>
    <name>WorkspaceRebuild</name>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>файл ашылмайды: %1</translation>
    </message>
    <message numerus="yes">
        <source>the list of changes is damaged after %n change(s): %1</source>
        <translation>
            <numerusform>өзгерістер тізімі %n өзгерістен кейін зақымдалған: %1</numerusform>
            <numerusform>өзгерістер тізімі %n өзгерістен кейін зақымдалған: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>change %1: %2</source>
        <translation>%1 өзгерісі: %2</translation>
    </message>
    <message>
        <source>change %1: its content is damaged</source>
        <translation>%1 өзгерісі: мазмұны зақымдалған</translation>
    </message>
    <message>
        <source>There is no workspace file at %1</source>
        <translation>%1 жерінде жұмыс кеңістігінің файлы жоқ</translation>
    </message>
    <message>
        <source>Cannot move the damaged file %1 aside to %2</source>
        <translation>Зақымдалған %1 файлын %2 орнына жылжыту мүмкін емес</translation>
    </message>
    <message>
        <source>change %1 (%2 %3): %4</source>
        <translation>%1 өзгерісі (%2 %3): %4</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The XLSX file is damaged or not a workbook: %1. Open it in Excel or LibreOffice and save it again, or save it as CSV.</source>
        <translation>XLSX файлы бүлінген немесе кітап емес: %1. Оны Excel не LibreOffice-те ашып, қайта сақтаңыз немесе CSV ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>its zip directory cannot be read</source>
        <translation>оның zip мазмұны оқылмайды</translation>
    </message>
    <message>
        <source>part %1 cannot be read</source>
        <translation>%1 бөлігі оқылмайды</translation>
    </message>
    <message>
        <source>The workbook is encrypted: remove its password in Excel or LibreOffice, save it, and import that file.</source>
        <translation>Кітап шифрланған: Excel не LibreOffice-те құпиясөзін алып тастап, сақтаңыз да, сол файлды импорттаңыз.</translation>
    </message>
    <message>
        <source>part %1 is larger than %2 MB</source>
        <translation>%1 бөлігі %2 МБ-тан үлкен</translation>
    </message>
    <message>
        <source>part %1 cannot be opened</source>
        <translation>%1 бөлігі ашылмайды</translation>
    </message>
    <message>
        <source>part %1 is cut short or fails its checksum</source>
        <translation>%1 бөлігі қысқартылған немесе бақылау сомасы сәйкес емес</translation>
    </message>
    <message>
        <source>its shared strings: %1</source>
        <translation>оның ортақ жолдары: %1</translation>
    </message>
    <message>
        <source>its styles: %1</source>
        <translation>оның стильдері: %1</translation>
    </message>
    <message>
        <source>it has no xl/workbook.xml</source>
        <translation>онда xl/workbook.xml жоқ</translation>
    </message>
    <message>
        <source>its workbook part: %1</source>
        <translation>оның workbook бөлігі: %1</translation>
    </message>
    <message>
        <source>it has no worksheet</source>
        <translation>онда парақ жоқ</translation>
    </message>
    <message>
        <source>its first worksheet is not listed in the workbook&apos;s relationships</source>
        <translation>оның бірінші парағы кітап байланыстарында жоқ</translation>
    </message>
    <message>
        <source>part %1 is missing</source>
        <translation>%1 бөлігі жоқ</translation>
    </message>
    <message>
        <source>the sheet&apos;s compressed data is damaged</source>
        <translation>парақтың сығылған деректері бүлінген</translation>
    </message>
    <message>
        <source>the sheet near row %1: %2</source>
        <translation>парақ, %1-жол маңы: %2</translation>
    </message>
    <message>
        <source>row %1 has a cell beyond column XFD</source>
        <translation>%1-жолда XFD бағанынан тыс ұяшық бар</translation>
    </message>
</context>
<context>
    <name>leadops::AccountController</name>
    <message>
        <source>Signed out</source>
        <translation>Жүйеден шыққан</translation>
    </message>
    <message>
        <source>%1 · no role</source>
        <translation>%1 · рөлсіз</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Paste the project&apos;s anon (publishable) key: Supabase shows it under Project Settings ▸ API</source>
        <translation>Жобаның anon (publishable) кілтін қойыңыз: Supabase оны Project Settings ▸ API бөлімінде көрсетеді</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 қолжетімсіз: %2</translation>
    </message>
    <message>
        <source>The project refused the key (HTTP %1): copy the anon (publishable) key again from Project Settings ▸ API</source>
        <translation>Жоба кілтті қабылдамады (HTTP %1): anon (publishable) кілтін Project Settings ▸ API бөлімінен қайта көшіріңіз</translation>
    </message>
    <message>
        <source>%1 does not answer like a Supabase project (HTTP %2 at /rest/v1/): check the project URL</source>
        <translation>%1 Supabase жобасы сияқты жауап бермейді (/rest/v1/ мекенжайында HTTP %2): жоба URL-ін тексеріңіз</translation>
    </message>
    <message>
        <source>Supabase Auth of %1 does not answer: %2</source>
        <translation>%1 жобасының Supabase Auth жауап бермейді: %2</translation>
    </message>
    <message>
        <source>Connect to your team&apos;s Supabase project first</source>
        <translation>Алдымен командаңыздың Supabase жобасына қосылыңыз</translation>
    </message>
    <message>
        <source>Signed in, but the session cannot be kept: %1</source>
        <translation>Кіру орындалды, бірақ сессияны сақтау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Type the e-mail address you sign in with first</source>
        <translation>Алдымен кіретін e-mail мекенжайыңызды енгізіңіз</translation>
    </message>
</context>
<context>
    <name>leadops::AnalyticsPane</name>
    <message>
        <source>All sources</source>
        <translation>Барлық дереккөздер</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Барлық нарықтар</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Save the chart on screen as PNG, PDF or SVG, or its data as CSV</source>
        <translation>Экрандағы графикті PNG, PDF немесе SVG, не оның деректерін CSV ретінде сақтау</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>Сурет (PNG)…</translation>
    </message>
    <message>
        <source>Document (PDF)…</source>
        <translation>Құжат (PDF)…</translation>
    </message>
    <message>
        <source>Vector image (SVG)…</source>
        <translation>Векторлық сурет (SVG)…</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>Деректер (CSV)…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>Click a stage to list its leads</source>
        <translation>Лидтерін көру үшін кезеңді басыңыз</translation>
    </message>
    <message>
        <source>Qualification funnel</source>
        <translation>Біліктілік воронкасы</translation>
    </message>
    <message>
        <source>Budget and pacing</source>
        <translation>Бюджет және шығыс қарқыны</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s): %1 spent of %2, %3 remaining</source>
        <translation>
            <numerusform>%n науқан: %2 ішінен %1 жұмсалды, %3 қалды</numerusform>
            <numerusform>%n науқан: %2 ішінен %1 жұмсалды, %3 қалды</numerusform>
        </translation>
    </message>
    <message>
        <source> · running campaigns run out of budget on %1 at the current pace</source>
        <translation> · қазіргі қарқынмен жұмыс істеп тұрған науқандардың бюджеті %1 таусылады</translation>
    </message>
    <message>
        <source>Analytics updated in %1 ms</source>
        <translation>Аналитика %1 мс ішінде жаңартылды</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 файлдары (*.%2)</translation>
    </message>
    <message>
        <source> · %1 per lead</source>
        <translation> · бір лидке %1</translation>
    </message>
    <message>
        <source>Saved %1 as %2</source>
        <translation>Сақталды: %1 (%2)</translation>
    </message>
    <message>
        <source>By source and campaign</source>
        <translation>Дереккөз және науқан бойынша</translation>
    </message>
    <message>
        <source>Weekly conversion</source>
        <translation>Апталық конверсия</translation>
    </message>
    <message>
        <source>Funnel by source</source>
        <translation>Дереккөз бойынша воронка</translation>
    </message>
    <message>
        <source>Funnel by campaign</source>
        <translation>Науқан бойынша воронка</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Дереккөз сүзгісі</translation>
    </message>
    <message>
        <source>Market filter</source>
        <translation>Нарық сүзгісі</translation>
    </message>
</context>
<context>
    <name>leadops::BudgetWarnings</name>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Campaign %1 has passed %2 % of its budget</source>
        <translation>%1 науқаны бюджеттің %2 %-ынан асты</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) have passed %1 % of their budget: %2</source>
        <translation>
            <numerusform>%n науқан бюджеттің %1 %-ынан асты: %2</numerusform>
            <numerusform>%n науқан бюджеттің %1 %-ынан асты: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadops::CampaignCombo</name>
    <message>
        <source>All campaigns</source>
        <translation>Барлық науқандар</translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation>Науқан сүзгісі</translation>
    </message>
</context>
<context>
    <name>leadops::CampaignService</name>
    <message>
        <source>campaign</source>
        <translation>науқан</translation>
    </message>
    <message>
        <source>niche</source>
        <translation>тауаша</translation>
    </message>
    <message>
        <source>No niche with id %1</source>
        <translation>id %1 бар тауаша жоқ</translation>
    </message>
    <message>
        <source>Niche %1 is archived: campaigns cannot be created for an archived niche</source>
        <translation>%1 тауашасы мұрағатта: мұрағаттағы тауашаға науқан құруға болмайды</translation>
    </message>
    <message>
        <source>spend entry</source>
        <translation>шығыс жазбасы</translation>
    </message>
    <message>
        <source>Campaign %1 has no spend entry %2</source>
        <translation>%1 науқанында %2 шығыс жазбасы жоқ</translation>
    </message>
</context>
<context>
    <name>leadops::CampaignsPane</name>
    <message>
        <source>New campaign…</source>
        <translation>Жаңа науқан…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Іске қосу</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 іске қосылды</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Тоқтата тұру</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 тоқтатылды</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>%1 resumed</source>
        <translation>%1 жалғастырылды</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 аяқталды</translation>
    </message>
    <message>
        <source>Record spend…</source>
        <translation>Шығысты жазу…</translation>
    </message>
    <message>
        <source>Spend recorded for %1</source>
        <translation>%1 үшін шығыс жазылды</translation>
    </message>
    <message>
        <source>Select a campaign first</source>
        <translation>Алдымен науқанды таңдаңыз</translation>
    </message>
    <message>
        <source>Start the campaign</source>
        <translation>Науқанды іске қосу</translation>
    </message>
    <message>
        <source>Pause the campaign</source>
        <translation>Науқанды тоқтата тұру</translation>
    </message>
    <message>
        <source>Resume the campaign</source>
        <translation>Науқанды жалғастыру</translation>
    </message>
    <message>
        <source>Complete the campaign</source>
        <translation>Науқанды аяқтау</translation>
    </message>
    <message>
        <source>Record spend in tenge</source>
        <translation>Шығысты теңгемен жазу</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation>%1 сақталды</translation>
    </message>
    <message>
        <source>Rename the campaign or change its budget</source>
        <translation>Науқан атауын немесе бюджетін өзгерту</translation>
    </message>
    <message>
        <source>Create a draft campaign for a niche</source>
        <translation>Тауашаға науқан жобасын жасау</translation>
    </message>
    <message>
        <source>Select a campaign to see its details and history.</source>
        <translation>Деректері мен тарихын көру үшін науқанды таңдаңыз.</translation>
    </message>
    <message>
        <source>Niche</source>
        <translation>Тауаша</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Жұмсалды</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Іске қосылды</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <source>Spend ledger…</source>
        <translation>Шығыстар журналы…</translation>
    </message>
    <message>
        <source>Every spend and correction of the campaign, and who recorded it</source>
        <translation>Науқанның барлық шығыстары мен түзетулері және оларды кім жазғаны</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Науқандар</translation>
    </message>
</context>
<context>
    <name>leadops::ConflictsDialog</name>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Mine (local)</source>
        <translation>Менікі (жергілікті)</translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation>Олардікі (сервер)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Менікін қалдыру</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Олардікін қалдыру</translation>
    </message>
    <message>
        <source>Re-apply the local change on top of the server&apos;s version at the next sync</source>
        <translation>Келесі синхрондауда жергілікті өзгерісті сервер нұсқасының үстінен қайта қолдану</translation>
    </message>
    <message>
        <source>Take the server&apos;s row and drop the local change</source>
        <translation>Сервер жолын алып, жергілікті өзгерісті алып тастау</translation>
    </message>
    <message>
        <source>Sync conflicts and refused changes</source>
        <translation>Синхрондау қайшылықтары және қабылданбаған өзгерістер</translation>
    </message>
    <message>
        <source>Nothing to resolve: every local change reached the server or is waiting to.</source>
        <translation>Шешетін ештеңе жоқ: әр жергілікті өзгеріс серверге жетті немесе жіберуді күтуде.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Қабылданбады: %1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Қайшылық: %1</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>Сервер бұл өзгерісті қабылдамады: %1</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Қайта жіберу</translation>
    </message>
    <message>
        <source>Drop mine</source>
        <translation>Менікін тастау</translation>
    </message>
    <message>
        <source>Send the change again at the next sync, once the cause has gone</source>
        <translation>Себеп жойылғанда, өзгерісті келесі синхрондауда қайта жіберу</translation>
    </message>
    <message>
        <source>Remove the row here: it never reached the server</source>
        <translation>Жолды осында жою: ол серверге ешқашан жетпеген</translation>
    </message>
    <message>
        <source>Drop the local change; the server&apos;s row comes back with the next sync</source>
        <translation>Жергілікті өзгерісті тастау; сервер жолы келесі синхрондауда қайтады</translation>
    </message>
    <message>
        <source>Changes in conflict or refused</source>
        <translation>Қақтығыстағы немесе қабылданбаған өзгерістер</translation>
    </message>
    <message>
        <source>Fields: yours and the server&apos;s</source>
        <translation>Өрістер: сіздікі және сервердегі</translation>
    </message>
</context>
<context>
    <name>leadops::ConnectDialog</name>
    <message>
        <source>Connect to your team</source>
        <translation>Командаға қосылу</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Қосылу</translation>
    </message>
    <message>
        <source>Your team&apos;s data lives in a Supabase project. Paste its URL and its anon (publishable) key from Project Settings ▸ API. The key is kept in the system&apos;s keychain.</source>
        <translation>Командаңыздың деректері Supabase жобасында сақталады. Оның URL-ін және Project Settings ▸ API бөліміндегі anon (publishable) кілтін қойыңыз. Кілт жүйелік кілттер қоймасында сақталады.</translation>
    </message>
    <message>
        <source>Project URL</source>
        <translation>Жоба URL-і</translation>
    </message>
    <message>
        <source>Project &amp;URL:</source>
        <translation>Жоба &amp;URL-і:</translation>
    </message>
    <message>
        <source>Anon key</source>
        <translation>Anon кілті</translation>
    </message>
    <message>
        <source>Anon &amp;key:</source>
        <translation>Anon &amp;кілті:</translation>
    </message>
    <message>
        <source>Allow an unencrypted http:// address on another computer (a trusted network only: the key and passwords travel in the clear)</source>
        <translation>Басқа компьютердегі шифрланбаған http:// мекенжайына рұқсат ету (тек сенімді желіде: кілт пен құпиясөздер ашық түрде жіберіледі)</translation>
    </message>
    <message>
        <source>Checking the project…</source>
        <translation>Жоба тексерілуде…</translation>
    </message>
</context>
<context>
    <name>leadops::DamagedWorkspaceDialog</name>
    <message>
        <source>The workspace is damaged</source>
        <translation>Жұмыс кеңістігі зақымдалған</translation>
    </message>
    <message>
        <source>The workspace file in %1 is damaged. Nothing was written to it, and no list will be shown from it: it could be incomplete.</source>
        <translation>%1 ішіндегі жұмыс кеңістігінің файлы зақымдалған. Оған ештеңе жазылмады және одан тізімдер көрсетілмейді: олар толық болмауы мүмкін.</translation>
    </message>
    <message>
        <source>A workspace synced with your team&apos;s project can be rebuilt from the server: the damaged file is kept beside it, every row is pulled again, and every change not yet sent that can still be read is queued again.</source>
        <translation>Команда жобасымен синхрондалған жұмыс кеңістігін серверден қалпына келтіруге болады: зақымдалған файл қасында сақталады, барлық жолдар қайта жүктеледі, ал әлі жіберілмеген және оқылатын әр өзгеріс қайта кезекке қойылады.</translation>
    </message>
    <message>
        <source>Rebuild from the server</source>
        <translation>Серверден қалпына келтіру</translation>
    </message>
    <message>
        <source>Rebuild the workspace from the server</source>
        <translation>Жұмыс кеңістігін серверден қалпына келтіру</translation>
    </message>
    <message>
        <source>The workspace cannot be rebuilt: %1

A workspace that was never synced exists nowhere else; keep the folder %2 for support.</source>
        <translation>Жұмыс кеңістігін қалпына келтіру мүмкін емес: %1

Синхрондалмаған жұмыс кеңістігі басқа еш жерде жоқ; %2 қалтасын қолдау қызметі үшін сақтаңыз.</translation>
    </message>
    <message>
        <source>The rebuild did not complete: %1</source>
        <translation>Қалпына келтіру аяқталмады: %1</translation>
    </message>
    <message>
        <source>Rebuilt: %1 rows pulled from the server, %2 unsent change(s) queued again. The damaged file is kept as %3.</source>
        <translation>Қалпына келтірілді: серверден %1 жол жүктелді, %2 жіберілмеген өзгеріс қайта кезекте. Зақымдалған файл %3 ретінде сақталды.</translation>
    </message>
    <message>
        <source>Could not be recovered:</source>
        <translation>Қалпына келтірілмеді:</translation>
    </message>
    <message>
        <source>The workspace was rebuilt</source>
        <translation>Жұмыс кеңістігі қалпына келтірілді</translation>
    </message>
</context>
<context>
    <name>leadops::DiagnosticsDialog</name>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Іске қосу</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Қателер</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 мс</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 мс</translation>
    </message>
    <message>
        <source>Max ms</source>
        <translation>Ең көп мс</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Байттар</translation>
    </message>
    <message>
        <source>this window</source>
        <translation>осы терезе</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Қақтығыстар</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Кезекте</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Секундтар</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Сұраулар</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>Синхрондаулар</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Есепті көшіру</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Есепті сақтау…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation>Мәтін (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <source>The report could not be written to %1</source>
        <translation>Есепті %1 ішіне жазу мүмкін болмады</translation>
    </message>
    <message>
        <source>Recent log</source>
        <translation>Соңғы журнал жазбалары</translation>
    </message>
</context>
<context>
    <name>leadops::HealthCheck</name>
    <message>
        <source>%1 %2: %3 server error(s)</source>
        <translation>%1 %2: сервер қателері — %3</translation>
    </message>
    <message>
        <source>No backend is configured</source>
        <translation>Сервер бапталмаған</translation>
    </message>
    <message>
        <source>The last run met server errors: %1</source>
        <translation>Соңғы іске қосуда сервер қателері болды: %1</translation>
    </message>
    <message>
        <source>The REST API answers with HTTP %1</source>
        <translation>REST API HTTP %1 жауап береді</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s off the server&apos;s: tokens may be refused</source>
        <translation>Осы компьютердің сағаты серверден %1 с айырмашылықта: токендер қабылданбауы мүмкін</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Кіру орындалмаған</translation>
    </message>
    <message>
        <source>The session expired</source>
        <translation>Сессия мерзімі өтті</translation>
    </message>
    <message>
        <source>The REST API at %1 cannot be reached: %2</source>
        <translation>%1 мекенжайындағы REST API қолжетімсіз: %2</translation>
    </message>
    <message>
        <source>Supabase Auth is not healthy: %1</source>
        <translation>Supabase Auth қателермен жұмыс істейді: %1</translation>
    </message>
    <message>
        <source>The server refused the session&apos;s token (HTTP 401): sign in again</source>
        <translation>Сервер сеанс токенін қабылдамады (HTTP 401): қайта кіріңіз</translation>
    </message>
    <message>
        <source>The session is invalid: its access token cannot be read; sign in again</source>
        <translation>Сеанс жарамсыз: оның қатынау токені оқылмайды; қайта кіріңіз</translation>
    </message>
</context>
<context>
    <name>leadops::HistoryPanel</name>
    <message>
        <source>Details and history</source>
        <translation>Деректер мен тарих</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құрылды</translation>
    </message>
    <message>
        <source>Spend recorded</source>
        <translation>Шығыс жазылды</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Іске қосылды</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Жалғастырылды</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Тексерілді</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Белсендірілді</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Мұрағатқа жіберілді</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Әзірге ештеңе жазылмаған</translation>
    </message>
    <message>
        <source>%1, on the server</source>
        <translation>%1, серверде</translation>
    </message>
    <message>
        <source>Spend reversed</source>
        <translation>Шығыс сторноланды</translation>
    </message>
</context>
<context>
    <name>leadops::ImportWizard</name>
    <message>
        <source>Choose a file</source>
        <translation>Файлды таңдаңыз</translation>
    </message>
    <message>
        <source>A CSV or TSV text file (as Excel, Google Sheets, OLX, Kaspi or Satu save them) or an Excel workbook (.xlsx). The first row names the columns.</source>
        <translation>CSV не TSV мәтін файлы (Excel, Google Sheets, OLX, Kaspi не Satu сақтайтындай) немесе Excel кітабы (.xlsx). Бірінші жолда бағандар атауы.</translation>
    </message>
    <message>
        <source>Path to a .csv, .tsv, .txt or .xlsx file</source>
        <translation>.csv, .tsv, .txt не .xlsx файлының жолы</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Импортталатын файл</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Анықтау</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодтау:</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Нүктелі үтір (;)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Үтір (,)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Бөлгіш:</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Лидтерді импорттау</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Кестелер (*.csv *.tsv *.txt *.xlsx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Бағандарды сәйкестендіріңіз</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Файлдың алғашқы жолдары</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Науқан</translation>
    </message>
    <message>
        <source>Into &amp;campaign:</source>
        <translation>&amp;Науқанға:</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Өткізіп жіберу</translation>
    </message>
    <message>
        <source>Give them the file&apos;s name and note</source>
        <translation>Оларға файлдағы атау мен ескертпені беру</translation>
    </message>
    <message>
        <source>Contacts already in the campaign</source>
        <translation>Науқанда бұрыннан бар байланыстар</translation>
    </message>
    <message>
        <source>Contacts already in the campaign:</source>
        <translation>Науқанда бұрыннан бар байланыстар:</translation>
    </message>
    <message>
        <source>Import the valid rows when some are invalid (the summary lists every skipped row)</source>
        <translation>Қате жолдар болса, дұрыстарын импорттау (қорытындыда өткізілген әр жол көрсетіледі)</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— импортталмайды —</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>%1-баған</translation>
    </message>
    <message>
        <source>— choose a campaign —</source>
        <translation>— науқанды таңдаңыз —</translation>
    </message>
    <message>
        <source>As the Campaign column says</source>
        <translation>«Науқан» бағанында көрсетілгендей</translation>
    </message>
    <message>
        <source>Choose the column that holds the contact (a phone, Telegram handle or e-mail).</source>
        <translation>Байланыс бар бағанды таңдаңыз (телефон, Telegram не e-mail).</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is chosen twice: a column feeds one field.</source>
        <translation>«%1» бағаны екі рет таңдалған: бір баған бір өрісті толтырады.</translation>
    </message>
    <message>
        <source>Choose the campaign the leads come into.</source>
        <translation>Лидтер түсетін науқанды таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose the column that names the campaign, or one campaign for every row.</source>
        <translation>Науқанды атайтын бағанды немесе барлық жолға бір науқанды таңдаңыз.</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Импорт алдында тексеріңіз</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Файлды тексеру</translation>
    </message>
    <message>
        <source>Rows that will not be imported</source>
        <translation>Импортталмайтын жолдар</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>&amp;Save this list as CSV…</source>
        <translation>Бұл тізімді CSV ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Импорт барысы</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>Анықтау (%1)</translation>
    </message>
    <message>
        <source>Reading the whole file…</source>
        <translation>Бүкіл файл оқылуда…</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it, and nothing is kept.</source>
        <translation>Импортталуда… «Болдырмау» оны тоқтатады, ештеңе сақталмайды.</translation>
    </message>
    <message>
        <source>%1 rows read: &lt;b&gt;%2 new leads&lt;/b&gt;, %3 existing leads updated, %4 duplicates, %5 invalid rows.</source>
        <translation>%1 жол оқылды: &lt;b&gt;%2 жаңа лид&lt;/b&gt;, %3 бар лид жаңартылады, %4 қайталанған, %5 қате жол.</translation>
    </message>
    <message>
        <source>Nothing can be imported while rows are invalid: correct them in the file, or go back and choose to import the valid rows.</source>
        <translation>Қате жолдар бар кезде импорттау мүмкін емес: оларды файлда түзетіңіз немесе артқа оралып, дұрыс жолдарды импорттауды таңдаңыз.</translation>
    </message>
    <message>
        <source>Press Import to write them. The import can be undone in one step (File ▸ Undo import…) while none of its leads has changed.</source>
        <translation>Жазу үшін «Импорттау» басыңыз. Лидтерінің ешқайсысы өзгермегенше импортты бір қадаммен болдырмауға болады (Файл ▸ Импортты болдырмау…).</translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation>Импорттайтын жаңа ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ештеңе импортталған жоқ: %1</translation>
    </message>
    <message>
        <source>Canceled: nothing was imported.</source>
        <translation>Болдырылмады: ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>Imported %1 new leads and updated %2. They are in the outbox and reach the server with the next sync. To take the whole file back: File ▸ Undo import…</source>
        <translation>%1 жаңа лид импортталды, %2 жаңартылды. Олар жіберу кезегінде, келесі синхрондауда серверге жетеді. Бүкіл файлды қайтару үшін: Файл ▸ Импортты болдырмау…</translation>
    </message>
    <message>
        <source>Nothing was imported: the file changed since it was checked. Run the import again.</source>
        <translation>Ештеңе импортталған жоқ: файл тексерілгеннен кейін өзгерді. Импортты қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>Save the rows that will not be imported</source>
        <translation>Импортталмайтын жолдарды сақтау</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-мәселелер</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>leadops::ImportsDialog</name>
    <message>
        <source>Imports</source>
        <translation>Импорттар</translation>
    </message>
    <message>
        <source>Imports, newest first</source>
        <translation>Импорттар, жаңалары алдымен</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Жаңа лидтер</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Жаңартылды</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Undoing an import removes the leads it created and gives back the names it changed, while none of them has changed since. Notes it added to leads that were already there stay.</source>
        <translation>Импортты болдырмау ол құрған лидтерді жояды және өзгерткен атауларды қайтарады, егер олардың ешқайсысы содан бері өзгермесе. Бұрыннан бар лидтерге қосылған ескертпелер қалады.</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>Импортты &amp;болдырмау</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Импортты болдырмау</translation>
    </message>
    <message>
        <source>Remove the %1 leads imported from %2?</source>
        <translation>%2 файлынан импортталған %1 лидті жою керек пе?</translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation>%1 болдырылмады</translation>
    </message>
    <message>
        <source>imported by %1</source>
        <translation>импорттаған: %1</translation>
    </message>
    <message>
        <source>Import undone: %1 leads removed, %2 names given back.</source>
        <translation>Импорт болдырылмады: %1 лид жойылды, %2 атау қайтарылды.</translation>
    </message>
</context>
<context>
    <name>leadops::LeadService</name>
    <message>
        <source>lead</source>
        <translation>лид</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>науқан</translation>
    </message>
    <message>
        <source>No campaign with id %1</source>
        <translation>id %1 бар науқан жоқ</translation>
    </message>
    <message>
        <source>Contact %1 is already lead %2 of campaign %3 (status %4): a contact is unique within a campaign</source>
        <translation>%1 байланысы %3 науқанының %2 лиды болып тұр (мәртебе %4): байланыс науқан ішінде бірегей</translation>
    </message>
    <message>
        <source>Sign in to your team to take leads: a lead belongs to a team member</source>
        <translation>Лидтерді алу үшін командаға кіріңіз: лид команда мүшесіне бекітіледі</translation>
    </message>
    <message>
        <source>Sign in to your team to write notes: a note has an author</source>
        <translation>Жазба жазу үшін командаға кіріңіз: жазбаның авторы болады</translation>
    </message>
    <message>
        <source>note</source>
        <translation>жазба</translation>
    </message>
    <message>
        <source>No note with id %1</source>
        <translation>id %1 жазбасы жоқ</translation>
    </message>
    <message>
        <source>A lead&apos;s creation time must be a valid time no later than now (got %1)</source>
        <translation>Лидтің құрылған уақыты дұрыс әрі қазіргіден кеш болмауы керек (алынғаны %1)</translation>
    </message>
</context>
<context>
    <name>leadops::LeadTableModel</name>
    <message>
        <source>Disqualified: %1</source>
        <translation>Шығарылған: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Хабарлар</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Науқан</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құрылды</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Қайта қоңырау</translation>
    </message>
</context>
<context>
    <name>leadops::LeadsPane</name>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Барлық дереккөздер</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Барлық нарықтар</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Байланысты</translation>
    </message>
    <message>
        <source>%1 marked contacted</source>
        <translation>%1 «байланысты» деп белгіленді</translation>
    </message>
    <message>
        <source>+ Message</source>
        <translation>+ Хабар</translation>
    </message>
    <message>
        <source>Message recorded for %1</source>
        <translation>%1 үшін хабар жазылды</translation>
    </message>
    <message>
        <source>Start qualifying</source>
        <translation>Біліктілікке</translation>
    </message>
    <message>
        <source>%1 is in qualification</source>
        <translation>%1 біліктілікте</translation>
    </message>
    <message>
        <source>Qualify…</source>
        <translation>Біліктілікке сай деп тану…</translation>
    </message>
    <message>
        <source>Disqualify…</source>
        <translation>Шығару…</translation>
    </message>
    <message>
        <source>Close (hand off)</source>
        <translation>Жабу (беру)</translation>
    </message>
    <message>
        <source>%1 handed off to sales</source>
        <translation>%1 сатуға берілді</translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation>Жаңа лид…</translation>
    </message>
    <message>
        <source>Auto-disqualify…</source>
        <translation>Автоматты шығару…</translation>
    </message>
    <message>
        <source>Next lead</source>
        <translation>Келесі лид</translation>
    </message>
    <message>
        <source>Previous lead</source>
        <translation>Алдыңғы лид</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n лид</numerusform>
            <numerusform>%n лид</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All statuses (%1)</source>
        <translation>Барлық мәртебелер (%1)</translation>
    </message>
    <message>
        <source>Select a lead first</source>
        <translation>Алдымен лидті таңдаңыз</translation>
    </message>
    <message>
        <source>Mark the lead as contacted</source>
        <translation>Лидпен байланысқанын белгілеу</translation>
    </message>
    <message>
        <source>Record one message exchanged with the lead</source>
        <translation>Лидпен алмасқан бір хабарды жазу</translation>
    </message>
    <message>
        <source>Qualify the lead with a score from 0 to 1</source>
        <translation>Лидті 0-ден 1-ге дейінгі бағамен біліктілікке сай деп тану</translation>
    </message>
    <message>
        <source>Hand the qualified lead off to sales</source>
        <translation>Біліктілікке сай лидті сатуға беру</translation>
    </message>
    <message>
        <source>Disqualify the selected leads with a reason</source>
        <translation>Таңдалған лидтерді себебімен шығару</translation>
    </message>
    <message>
        <source>Select a lead to see its details and history.</source>
        <translation>Толығырақ пен тарихты көру үшін лидті таңдаңыз.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Науқан</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Хабарлар</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құрылды</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Біліктілікке сай</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Шығарылған</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>Qualify lead</source>
        <translation>Лидтің біліктілігі</translation>
    </message>
    <message>
        <source>Score for %1:</source>
        <translation>%1 үшін баға:</translation>
    </message>
    <message>
        <source>%1 qualified with score %2</source>
        <translation>%1 %2 бағамен біліктілікке сай деп танылды</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) disqualified</source>
        <translation>
            <numerusform>%n лид шығарылды</numerusform>
            <numerusform>%n лид шығарылды</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-disqualify</source>
        <translation>Автоматты шығару</translation>
    </message>
    <message>
        <source>No lead is in qualification with more than %1 messages and a score below %2.</source>
        <translation>Біліктілікте %1-нан көп хабары және %2-тен төмен бағасы бар лид жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… және тағы %n</numerusform>
            <numerusform>… және тағы %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) in qualification have more than %1 messages and a score below %2:</source>
        <translation>
            <numerusform>Біліктіліктегі %n лидтің %1-нан көп хабары және %2-тен төмен бағасы бар:</numerusform>
            <numerusform>Біліктіліктегі %n лидтің %1-нан көп хабары және %2-тен төмен бағасы бар:</numerusform>
        </translation>
    </message>
    <message>
        <source>Disqualify them as &quot;Auto-disqualified: low engagement&quot;?</source>
        <translation>Оларды «Auto-disqualified: low engagement» себебімен шығару керек пе?</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) auto-disqualified</source>
        <translation>
            <numerusform>%n лид автоматты түрде шығарылды</numerusform>
            <numerusform>%n лид автоматты түрде шығарылды</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy contact</source>
        <translation>Байланысты көшіру</translation>
    </message>
    <message>
        <source>%1 copied</source>
        <translation>%1 көшірілді</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation>Байланысты ашу</translation>
    </message>
    <message>
        <source>Qualify with score %1</source>
        <translation>%1 бағасымен біліктілікке сай деп тану</translation>
    </message>
    <message>
        <source>Copy the contact to the clipboard</source>
        <translation>Байланысты алмасу буферіне көшіру</translation>
    </message>
    <message>
        <source>Call, write in Telegram or e-mail the lead</source>
        <translation>Лидке қоңырау шалу, Telegram-ға немесе e-mail-ге жазу</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>— not scored yet</source>
        <translation>— әлі бағаланбаған</translation>
    </message>
    <message>
        <source>Add a lead to a campaign</source>
        <translation>Науқанға лид қосу</translation>
    </message>
    <message>
        <source>Disqualify qualifying leads with more than %1 messages and a score below %2</source>
        <translation>%1-ден көп хабарламасы және %2-ден төмен бағасы бар біліктіліктегі лидтерді дисквалификациялау</translation>
    </message>
    <message>
        <source>Search contact or name: phone digits, @handle, e-mail or a name</source>
        <translation>Байланыс не ат бойынша іздеу: телефон сандары, @лақап, e-mail немесе ат</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>Аты…</translation>
    </message>
    <message>
        <source>Name the lead: the person or the company behind the contact</source>
        <translation>Лидке ат беру: байланыстың артындағы адам немесе компания</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Алу</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Тағайындау…</translation>
    </message>
    <message>
        <source>Sign in to your team first: leads belong to team members</source>
        <translation>Алдымен командаға кіріңіз: лидтер команда мүшелеріне бекітіледі</translation>
    </message>
    <message>
        <source>Take the selected leads: they become yours</source>
        <translation>Таңдалған лидтерді алу: олар сіздікі болады</translation>
    </message>
    <message>
        <source>The lead is yours already</source>
        <translation>Бұл лид сіздікі</translation>
    </message>
    <message>
        <source>Give the selected leads to a sales manager, or back to the queue</source>
        <translation>Таңдалған лидтерді сату менеджеріне беру немесе жалпы кезекке қайтару</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>— unassigned</source>
        <translation>— тағайындалмаған</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) back in the queue</source>
        <translation>
            <numerusform>%n лид жалпы кезекке қайтарылды</numerusform>
            <numerusform>%n лид жалпы кезекке қайтарылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned to %1</source>
        <translation>
            <numerusform>%n лид тағайындалды: %1</numerusform>
            <numerusform>%n лид тағайындалды: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All follow-ups</source>
        <translation>Барлық еске салғыштар</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Бүгінге</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>Қайта қоңырау…</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>1 сағатқа кейінге қалдыру</translation>
    </message>
    <message>
        <source>Snooze until tomorrow 9:00</source>
        <translation>Ертең 9:00-ге дейін кейінге қалдыру</translation>
    </message>
    <message>
        <source>Clear follow-up</source>
        <translation>Еске салғышты алып тастау</translation>
    </message>
    <message>
        <source>Follow-up of %1 cleared</source>
        <translation>%1 үшін еске салғыш алынып тасталды</translation>
    </message>
    <message>
        <source>Set when to call the lead back</source>
        <translation>Лидке қашан қайта қоңырау шалуды белгілеу</translation>
    </message>
    <message>
        <source>The lead has no follow-up</source>
        <translation>Лидте еске салғыш жоқ</translation>
    </message>
    <message>
        <source>Move the follow-up one hour from now</source>
        <translation>Еске салғышты бір сағатқа кейінге жылжыту</translation>
    </message>
    <message>
        <source>Move the follow-up to tomorrow at 9:00</source>
        <translation>Еске салғышты ертеңгі 9:00-ге жылжыту</translation>
    </message>
    <message>
        <source>Remove the follow-up</source>
        <translation>Еске салғышты алып тастау</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Қайта қоңырау</translation>
    </message>
    <message>
        <source>%1: follow up %2</source>
        <translation>%1: %2 қайта қоңырау</translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>Бүгінге (%1)</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Мерзімі өткен (%1)</translation>
    </message>
    <message>
        <source>Message recorded</source>
        <translation>Хабар жазылды</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Бағаланды</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Аты берілді</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Тағайындалды</translation>
    </message>
    <message>
        <source>Follow-up set</source>
        <translation>Қоңырау белгіленді</translation>
    </message>
    <message>
        <source>Follow-up cleared</source>
        <translation>Қоңырау алынып тасталды</translation>
    </message>
    <message>
        <source>+ Note…</source>
        <translation>+ Жазба…</translation>
    </message>
    <message>
        <source>Note added to %1</source>
        <translation>Жазба қосылды: %1</translation>
    </message>
    <message>
        <source>Write down what the lead said</source>
        <translation>Лидтің не айтқанын жазу</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>түзету</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>жою</translation>
    </message>
    <message>
        <source>you</source>
        <translation>сіз</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Note removed</source>
        <translation>Жазба жойылды</translation>
    </message>
    <message>
        <source>Note corrected</source>
        <translation>Жазба түзетілді</translation>
    </message>
    <message>
        <source>The leads of one number of the funnel. Click to show all leads again.</source>
        <translation>Воронканың бір санының лидтері. Барлық лидтерді қайта көрсету үшін басыңыз.</translation>
    </message>
    <message>
        <source>Funnel: reached %1 ✕</source>
        <translation>Воронка: «%1» кезеңіне жеткендер ✕</translation>
    </message>
    <message>
        <source>Funnel: disqualified from %1 ✕</source>
        <translation>Воронка: «%1» кезеңінен шығарылғандар ✕</translation>
    </message>
    <message>
        <source>Back to contacted</source>
        <translation>«Байланысқанға» қайтару</translation>
    </message>
    <message>
        <source>%1 is back in contacted</source>
        <translation>%1 қайтадан «байланысқан» күйінде</translation>
    </message>
    <message>
        <source>Move the lead into qualification: provisional scoring, where a lead with more than 10 messages and a score under 0.3 is disqualified automatically. From there a lead is disqualified, or goes back to contacted to be qualified</source>
        <translation>Лидті біліктілік тексеруге ауыстыру: алдын ала бағалау, мұнда 10-нан көп хабарламасы және бағасы 0,3-тен төмен лид автоматты түрде шығарылады. Одан лид шығарылады немесе білікті ету үшін «байланысқанға» қайтарылады</translation>
    </message>
    <message>
        <source>Move the lead back to contacted, so that it can be qualified; its provisional score is dropped (the history keeps it)</source>
        <translation>Лидті білікті ету үшін «байланысқанға» қайтару; алдын ала бағасы өшіріледі (тарихта сақталады)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лидтер</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Лидтерді іздеу</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Күй сүзгісі</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Дереккөз сүзгісі</translation>
    </message>
    <message>
        <source>Market filter</source>
        <translation>Нарық сүзгісі</translation>
    </message>
    <message>
        <source>Follow-up filter</source>
        <translation>Еске салу сүзгісі</translation>
    </message>
</context>
<context>
    <name>leadops::MainWindow</name>
    <message>
        <source>LeadOps Console — %1</source>
        <translation>LeadOps Console — %1</translation>
    </message>
    <message>
        <source>&amp;Niches</source>
        <translation>&amp;Тауашалар</translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation>&amp;Науқандар</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>&amp;Лидтер</translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation>&amp;Аналитика</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>Графикті &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Тауашалар</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Науқандар</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лидтер</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Аналитика</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Диагностика…</translation>
    </message>
    <message>
        <source>&amp;About LeadOps Console</source>
        <translation>LeadOps Console &amp;туралы</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Әлі тексерілмеген</translation>
    </message>
    <message>
        <source>Local workspace: %1</source>
        <translation>Жергілікті жұмыс кеңістігі: %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Желіде</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Ақаулармен</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Желіден тыс</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Шыққан</translation>
    </message>
    <message>
        <source>Local workspace</source>
        <translation>Жергілікті кеңістік</translation>
    </message>
    <message>
        <source>The backend answers normally</source>
        <translation>Сервер қалыпты жауап береді</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхрондау</translation>
    </message>
    <message>
        <source>Cancel s&amp;ync</source>
        <translation>Синхрондауды &amp;тоқтату</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхрондау…</translation>
    </message>
    <message>
        <source>Syncing %1: %2 rows</source>
        <translation>Синхрондау %1: %2 жол</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Синхрондалды %1</translation>
    </message>
    <message>
        <source>pushed %1, pulled %2, pending %3</source>
        <translation>жіберілді %1, алынды %2, кезекте %3</translation>
    </message>
    <message>
        <source>Offline: changes wait</source>
        <translation>Желіден тыс: өзгерістер күтуде</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Синхрондау сәтсіз аяқталды</translation>
    </message>
    <message>
        <source> · %1 pending</source>
        <translation> · кезекте %1</translation>
    </message>
    <message>
        <source>About LeadOps Console</source>
        <translation>LeadOps Console туралы</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LeadOps Console %1&lt;/h3&gt;&lt;p&gt;Lead qualification, campaigns and niches for a lead-generation business in Kazakhstan.&lt;/p&gt;&lt;p&gt;Qt %2 · workspace %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LeadOps Console %1&lt;/h3&gt;&lt;p&gt;Қазақстандағы лидогенерация бизнесіне арналған лидтер біліктілігі, науқандар мен тауашалар.&lt;/p&gt;&lt;p&gt;Qt %2 · жұмыс кеңістігі %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Stop the sync; the pages pulled so far are kept</source>
        <translation>Синхрондауды тоқтату; алынған беттер сақталады</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>лидтер</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>науқандар</translation>
    </message>
    <message>
        <source>niches</source>
        <translation>тауашалар</translation>
    </message>
    <message>
        <source>Syncing %1: %2 of about %3</source>
        <translation>Синхрондау (%1): шамамен %3 ішінен %2</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts and refused changes…</source>
        <translation>Синхрондау &amp;қайшылықтары және қабылданбаған өзгерістер…</translation>
    </message>
    <message>
        <source> · %1 conflict(s), %2 refused: File ▸ Sync conflicts</source>
        <translation> · қақтығыстар: %1, қабылданбаған: %2 — Файл ▸ Синхрондау қақтығыстары</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Сервер қабылдамады: %1</translation>
    </message>
    <message>
        <source>Check the &amp;workspace file…</source>
        <translation>Жұмыс кеңістігінің &amp;файлын тексеру…</translation>
    </message>
    <message>
        <source>Checking the workspace file…</source>
        <translation>Жұмыс кеңістігінің файлы тексерілуде…</translation>
    </message>
    <message>
        <source>Workspace check</source>
        <translation>Жұмыс кеңістігін тексеру</translation>
    </message>
    <message>
        <source>The workspace file is healthy.</source>
        <translation>Жұмыс кеңістігінің файлы дұрыс.</translation>
    </message>
    <message>
        <source>The workspace file is damaged. Close the console: at the next start it offers to rebuild the workspace from the server.</source>
        <translation>Жұмыс кеңістігінің файлы зақымдалған. Консольді жабыңыз: келесі іске қосқанда ол жұмыс кеңістігін серверден қалпына келтіруді ұсынады.</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Тіркелгі</translation>
    </message>
    <message>
        <source>&amp;Connect to your team…</source>
        <translation>Командаға &amp;қосылу…</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Кіру…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Not connected to a team: everything stays on this computer</source>
        <translation>Командаға қосылмаған: бәрі осы компьютерде қалады</translation>
    </message>
    <message>
        <source>Signed out: changes wait here until you sign in again</source>
        <translation>Жүйеден шыққан: өзгерістер қайта кіргенше осында күтеді</translation>
    </message>
    <message>
        <source>Your role can read everything and change nothing</source>
        <translation>Сіздің рөліңіз бәрін оқи алады, бірақ ештеңені өзгерте алмайды</translation>
    </message>
    <message>
        <source>Your role can change: %1</source>
        <translation>Сіздің рөліңіз өзгерте алады: %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 жобасына қосылды</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Кірген пайдаланушы: %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Шығу</translation>
    </message>
    <message numerus="yes">
        <source>Signed out. %n change(s) wait here and are sent after the next sign-in.</source>
        <translation>
            <numerusform>Жүйеден шықтыңыз. %n өзгеріс осында күтіп тұр, ол келесі кіруден кейін жіберіледі.</numerusform>
            <numerusform>Жүйеден шықтыңыз. %n өзгеріс осында күтіп тұр, олар келесі кіруден кейін жіберіледі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out. Nothing waits to be sent.</source>
        <translation>Жүйеден шықтыңыз. Жіберуді күтетін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Making demo data…</source>
        <translation>Демо деректер жасалуда…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демо деректер</translation>
    </message>
    <message>
        <source>Demo data: %1 niches, %2 campaigns, %3 leads</source>
        <translation>Демо деректер: %1 тауаша, %2 науқан, %3 лид</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Қайта кіру…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
    <message numerus="yes">
        <source>Your session has ended: %1. You can keep working; %n change(s) wait here until you sign in again.</source>
        <translation>
            <numerusform>Сессия аяқталды: %1. Жұмысты жалғастыра беруге болады; қайта кіргенше %n өзгеріс осында күтеді.</numerusform>
            <numerusform>Сессия аяқталды: %1. Жұмысты жалғастыра беруге болады; қайта кіргенше %n өзгеріс осында күтеді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1. This workspace is another user&apos;s; opening yours…</source>
        <translation>%1 ретінде кірдіңіз. Бұл жұмыс кеңістігі басқа пайдаланушыныкі; сіздікі ашылуда…</translation>
    </message>
    <message>
        <source>Time to call back %1</source>
        <translation>Қайта қоңырау шалу уақыты: %1</translation>
    </message>
    <message>
        <source>Time to call back %1: %2</source>
        <translation>Қайта қоңырау шалу уақыты: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Time to call back %1 and %n more</source>
        <translation>
            <numerusform>Қайта қоңырау шалу уақыты: %1 және тағы %n</numerusform>
            <numerusform>Қайта қоңырау шалу уақыты: %1 және тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Қайта қоңырау уақыты</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>&amp;Команда…</translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation>Лидтерді &amp;импорттау…</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>Импортты &amp;болдырмау…</translation>
    </message>
    <message>
        <source>Export the lead &amp;list…</source>
        <translation>Лидтер &amp;тізімін экспорттау…</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Лидтерді импорттау</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Пайдаланушы нұсқаулығы</translation>
    </message>
</context>
<context>
    <name>leadops::NicheService</name>
    <message>
        <source>niche</source>
        <translation>тауаша</translation>
    </message>
</context>
<context>
    <name>leadops::NichesPane</name>
    <message>
        <source>New niche…</source>
        <translation>Жаңа тауаша…</translation>
    </message>
    <message>
        <source>Validate…</source>
        <translation>Тексеру…</translation>
    </message>
    <message>
        <source>%1 validated</source>
        <translation>%1 тексерілді</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Белсендіру</translation>
    </message>
    <message>
        <source>%1 activated</source>
        <translation>%1 белсендірілді</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Тоқтата тұру</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 тоқтатылды</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Мұрағатқа</translation>
    </message>
    <message>
        <source>%1 archived</source>
        <translation>%1 мұрағатта</translation>
    </message>
    <message>
        <source>Select a niche first</source>
        <translation>Алдымен тауашаны таңдаңыз</translation>
    </message>
    <message>
        <source>Record profitability and competition</source>
        <translation>Табыстылық пен бәсекелестікті жазу</translation>
    </message>
    <message>
        <source>Activate the niche</source>
        <translation>Тауашаны белсендіру</translation>
    </message>
    <message>
        <source>Pause the niche</source>
        <translation>Тауашаны тоқтата тұру</translation>
    </message>
    <message>
        <source>Archive the niche</source>
        <translation>Тауашаны мұрағаттау</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation>%1 сақталды</translation>
    </message>
    <message>
        <source>Rename the niche or change its category</source>
        <translation>Тауаша атауын немесе санатын өзгерту</translation>
    </message>
    <message>
        <source>Start researching a niche</source>
        <translation>Тауашаны зерттеуді бастау</translation>
    </message>
    <message>
        <source>Select a niche to see its details and history.</source>
        <translation>Деректері мен тарихын көру үшін тауашаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Нарық</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Табыстылық</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Бәсекелестік</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Тауашалар</translation>
    </message>
</context>
<context>
    <name>leadops::OwnerCombo</name>
    <message>
        <source>All owners</source>
        <translation>Барлық жауаптылар</translation>
    </message>
    <message>
        <source>My queue (mine and unassigned)</source>
        <translation>Менің кезегім (менікі және жауаптысыз)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Менікі</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Жауаптысыз</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (белсенді емес)</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Жауапты сүзгісі</translation>
    </message>
</context>
<context>
    <name>leadops::PeriodPicker</name>
    <message>
        <source>All time</source>
        <translation>Барлық уақыт</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Соңғы 7 күн</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Соңғы 30 күн</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Соңғы 90 күн</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Биылғы жыл</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Өз кезеңі</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Бірінші күн</translation>
    </message>
    <message>
        <source>Last day (included)</source>
        <translation>Соңғы күн (қоса алғанда)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
</context>
<context>
    <name>leadops::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Жүйе тілі</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>The language changes the next time LeadOps Console starts. The command line option --lang overrides it.</source>
        <translation>Тіл LeadOps Console келесі іске қосылғанда өзгереді. --lang командалық жол параметрі басым.</translation>
    </message>
</context>
<context>
    <name>leadops::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Жоба: %1</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>Құпиясөзді &amp;ұмыттыңыз ба?</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Кіру…</translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1. This computer&apos;s clock is %n minute(s) off the server&apos;s: set it, or the session will seem to end too early or too late.</source>
        <translation>
            <numerusform>Кірген пайдаланушы: %1. Бұл компьютердің сағаты сервердікінен %n минутқа ауытқиды: оны түзетіңіз, әйтпесе сессия тым ерте немесе тым кеш аяқталғандай көрінеді.</numerusform>
            <numerusform>Кірген пайдаланушы: %1. Бұл компьютердің сағаты сервердікінен %n минутқа ауытқиды: оны түзетіңіз, әйтпесе сессия тым ерте немесе тым кеш аяқталғандай көрінеді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking for a recovery e-mail…</source>
        <translation>Қалпына келтіру хаты сұралуда…</translation>
    </message>
    <message>
        <source>If %1 has an account, a link to set a new password is on its way: check your e-mail.</source>
        <translation>Егер %1 тіркелгісі болса, жаңа құпиясөз орнату сілтемесі жіберілді: поштаңызды тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>leadops::SpendLedgerDialog</name>
    <message>
        <source>Spend ledger</source>
        <translation>Шығыстар журналы</translation>
    </message>
    <message>
        <source>&amp;Record spend…</source>
        <translation>Шығысты &amp;жазу…</translation>
    </message>
    <message>
        <source>Re&amp;verse entry…</source>
        <translation>Жазбаны &amp;сторнолау…</translation>
    </message>
    <message>
        <source>Spend ledger — %1</source>
        <translation>Шығыстар журналы — %1</translation>
    </message>
    <message>
        <source>%1: spent %2 of %3 (%4 %), %5 remaining.</source>
        <translation>%1: %3 ішінен %2 жұмсалды (%4 %), %5 қалды.</translation>
    </message>
    <message>
        <source>%1 of it was recorded before the ledger, without entries.</source>
        <translation>Оның %1 журнал пайда болғанға дейін жазбасыз жазылған.</translation>
    </message>
    <message>
        <source>Record a spend in tenge as a new entry</source>
        <translation>Шығысты теңгемен жаңа жазба ретінде жазу</translation>
    </message>
    <message>
        <source>Select a spend to reverse</source>
        <translation>Сторнолайтын шығысты таңдаңыз</translation>
    </message>
    <message>
        <source>Take this spend off with a correction entry</source>
        <translation>Бұл шығысты түзету жазбасымен алып тастау</translation>
    </message>
    <message>
        <source>Spend recorded: spent is now %1.</source>
        <translation>Шығыс жазылды: енді жұмсалғаны %1.</translation>
    </message>
    <message>
        <source>Reversed: spent is now %1, the campaign is %2.</source>
        <translation>Сторноланды: жұмсалғаны %1, науқан — %2.</translation>
    </message>
</context>
<context>
    <name>leadops::SyncController</name>
    <message>
        <source>This computer has no network connection</source>
        <translation>Бұл компьютерде желілік қосылым жоқ</translation>
    </message>
</context>
<context>
    <name>leadops::TablePane</name>
    <message>
        <source>Not allowed</source>
        <translation>Рұқсат етілмеген</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Басқа әрекеттер</translation>
    </message>
</context>
<context>
    <name>leadops::TeamDialog</name>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>No team here yet: the team comes from the server with each sync. Connect and sign in to your team (Account menu).</source>
        <translation>Мұнда әзірге команда жоқ: ол әр синхрондауда серверден келеді. Командаға қосылып, кіріңіз («Тіркелгі» мәзірі).</translation>
    </message>
    <message>
        <source>Members join by signing in and syncing; the project&apos;s administrator decides who is active. Leads go to active sales managers.</source>
        <translation>Мүшелер кіріп, синхрондағанда қосылады; кім белсенді екенін жоба әкімшісі шешеді. Лидтер белсенді сату менеджерлеріне тағайындалады.</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Команда мүшелері</translation>
    </message>
</context>
<context>
    <name>leadops::TeamTableModel</name>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Left the team</source>
        <translation>Командадан шықты</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>leadops::UserGuideDialog</name>
    <message>
        <source>LeadOps Console — user guide</source>
        <translation>LeadOps Console — пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
</context>
<context>
    <name>leadops::WelcomeDialog</name>
    <message>
        <source>Welcome to LeadOps Console</source>
        <translation>LeadOps Console-ға қош келдіңіз</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome&lt;/h3&gt;&lt;p&gt;This workspace is empty. How would you like to start?&lt;/p&gt;&lt;p&gt;You can change this later in the Account menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Қош келдіңіз&lt;/h3&gt;&lt;p&gt;Бұл жұмыс кеңістігі бос. Неден бастаймыз?&lt;/p&gt;&lt;p&gt;Мұны кейін «Тіркелгі» мәзірінде өзгертуге болады.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect to your team (Supabase)</source>
        <translation>Командаға қосылу (Supabase)</translation>
    </message>
    <message>
        <source>Sign in to your team&apos;s project: leads, campaigns and niches are shared and synced.</source>
        <translation>Командаңыздың жобасына кіріңіз: лидтер, науқандар мен тауашалар ортақ және синхрондалады.</translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation>Демо деректермен танысу</translation>
    </message>
    <message>
        <source>Fill this workspace with realistic demo niches, campaigns and leads to try the console.</source>
        <translation>Консольді байқап көру үшін жұмыс кеңістігін шынайы демо тауашалармен, науқандармен және лидтермен толтыру.</translation>
    </message>
    <message>
        <source>Work locally only</source>
        <translation>Тек жергілікті жұмыс істеу</translation>
    </message>
    <message>
        <source>Keep everything on this computer, without a team or a server.</source>
        <translation>Бәрін осы компьютерде, командасыз және серверсіз сақтау.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadOps Console</source>
        <translation>LeadOps Console</translation>
    </message>
    <message>
        <source>Workspace folder.</source>
        <translation>Жұмыс кеңістігінің қалтасы.</translation>
    </message>
    <message>
        <source>Language: ru, kk or en.</source>
        <translation>Тіл: ru, kk немесе en.</translation>
    </message>
    <message>
        <source>Fill an empty workspace with demo data.</source>
        <translation>Бос жұмыс кеңістігін демо-деректермен толтыру.</translation>
    </message>
    <message>
        <source>LeadOps Console did not close cleanly last time. Nothing committed to the workspace is lost. A report for support: leadops --workspace &quot;%1&quot; diagnostics</source>
        <translation>LeadOps Console өткен жолы дұрыс жабылмады. Жұмыс кеңістігінде сақталғанның бәрі орнында. Қолдау үшін есеп: leadops --workspace &quot;%1&quot; diagnostics</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: expected ru, kk or en; the system language is used</source>
        <translation>«%1» тілі белгісіз: ru, kk немесе en күтіледі; жүйе тілі қолданылады</translation>
    </message>
    <message>
        <source>--workspace is empty: give the workspace folder</source>
        <translation>--workspace бос: жұмыс кеңістігінің қалтасын беріңіз</translation>
    </message>
</context>
</TS>
