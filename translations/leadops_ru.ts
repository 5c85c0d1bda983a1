<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Actor</name>
    <message>
        <source>Your account has no role in this project, so it can&apos;t change %1: ask the project&apos;s administrator for one</source>
        <translation>У вашей учётной записи нет роли в этом проекте, поэтому она не может изменять %1: попросите роль у администратора проекта</translation>
    </message>
    <message>
        <source>Your role (%1) is not one this console knows, so it can&apos;t change %2: expected sales_manager, marketer or analyst</source>
        <translation>Ваша роль (%1) неизвестна консоли, поэтому она не может изменять %2: ожидается sales_manager, marketer или analyst</translation>
    </message>
    <message>
        <source>Your role (%1) can&apos;t change %2</source>
        <translation>Ваша роль (%1) не может изменять %2</translation>
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
        <translation>с %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>за всё время</translation>
    </message>
    <message>
        <source>counting the qualification funnel</source>
        <translation>подсчёте воронки квалификации</translation>
    </message>
    <message>
        <source>summing campaign budgets</source>
        <translation>суммировании бюджетов кампаний</translation>
    </message>
    <message>
        <source>reading campaign budgets</source>
        <translation>чтении бюджетов кампаний</translation>
    </message>
    <message>
        <source>reading campaign names</source>
        <translation>чтении названий кампаний</translation>
    </message>
    <message>
        <source>counting the weekly conversion</source>
        <translation>подсчёте недельной конверсии</translation>
    </message>
    <message>
        <source>reading the spend ledger</source>
        <translation>чтение журнала расходов</translation>
    </message>
</context>
<context>
    <name>AtomicWrite</name>
    <message>
        <source>%1 is not a regular file (a folder, a device, a pipe or a socket): give the name of a file to create or replace</source>
        <translation>%1 — не обычный файл (папка, устройство, канал или сокет): укажите имя файла, который нужно создать или заменить</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not written (nothing was left behind). Free some space and try again</source>
        <translation>Диск заполнен: %1 не записан (ничего не осталось). Освободите место и повторите</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>recording the history of %1</source>
        <translation>записи истории %1</translation>
    </message>
    <message>
        <source>reading the history of %1</source>
        <translation>чтении истории %1</translation>
    </message>
</context>
<context>
    <name>AuthClient</name>
    <message>
        <source>Supabase Auth answered without the expected tokens</source>
        <translation>Supabase Auth ответил без ожидаемых токенов</translation>
    </message>
    <message>
        <source>Cannot reach Supabase Auth at %1: %2</source>
        <translation>Не удаётся связаться с Supabase Auth по адресу %1: %2</translation>
    </message>
    <message>
        <source>Supabase Auth refused: %1 (HTTP %2%3)</source>
        <translation>Supabase Auth отказал: %1 (HTTP %2%3)</translation>
    </message>
    <message>
        <source>Supabase Auth at %1 did not complete the answer within %2 s</source>
        <translation>Supabase Auth по адресу %1 не завершил ответ за %2 с</translation>
    </message>
    <message>
        <source>Supabase Auth at %1 sent more than %2 KB; the answer was cut off</source>
        <translation>Supabase Auth по адресу %1 прислал больше %2 КБ; ответ прерван</translation>
    </message>
    <message>
        <source>The e-mail or the password is wrong</source>
        <translation>Неверный e-mail или пароль</translation>
    </message>
    <message>
        <source>This e-mail address is not confirmed yet: open the link in the confirmation e-mail, then sign in</source>
        <translation>Этот адрес e-mail ещё не подтверждён: откройте ссылку из письма с подтверждением, затем войдите</translation>
    </message>
    <message>
        <source>The session has ended (signed out elsewhere or expired): sign in again</source>
        <translation>Сессия завершена (выход выполнен в другом месте или истёк срок): войдите снова</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts: wait %n second(s), then try again</source>
        <translation>
            <numerusform>Слишком много попыток: подождите %n секунду и попробуйте снова</numerusform>
            <numerusform>Слишком много попыток: подождите %n секунды и попробуйте снова</numerusform>
            <numerusform>Слишком много попыток: подождите %n секунд и попробуйте снова</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts: wait a minute, then try again</source>
        <translation>Слишком много попыток: подождите минуту и попробуйте снова</translation>
    </message>
    <message>
        <source>Supabase Auth has a server error (HTTP %1): try again later</source>
        <translation>Ошибка на сервере Supabase Auth (HTTP %1): попробуйте позже</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>The saved session is unreadable</source>
        <translation>Сохранённую сессию не удаётся прочитать</translation>
    </message>
    <message>
        <source>No backend is configured</source>
        <translation>Сервер не настроен</translation>
    </message>
</context>
<context>
    <name>BulkStatement</name>
    <message>
        <source>The local store failed while %1: %2</source>
        <translation>Сбой локального хранилища при %1: %2</translation>
    </message>
    <message>
        <source>the database driver is not SQLite</source>
        <translation>драйвер базы данных — не SQLite</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>Campaign name must have 1 to %1 characters, got %2</source>
        <translation>Название кампании должно содержать от 1 до %1 символов, получено %2</translation>
    </message>
    <message>
        <source>A campaign needs a niche</source>
        <translation>Кампании нужна ниша</translation>
    </message>
    <message>
        <source>Campaign budget must be between 0 and 1000000000000 tenge, got %1</source>
        <translation>Бюджет кампании должен быть от 0 до 1000000000000 тенге, получено %1</translation>
    </message>
    <message>
        <source>Campaign %1 %2: status=%3, budget=%4, spent=%5 (rule %6: %7)</source>
        <translation>Кампания %1 %2: статус=%3, бюджет=%4, потрачено=%5 (правило %6: %7)</translation>
    </message>
    <message>
        <source>cannot be started</source>
        <translation>не может быть запущена</translation>
    </message>
    <message>
        <source>status must be draft and budget above 0</source>
        <translation>статус должен быть «черновик», а бюджет больше 0</translation>
    </message>
    <message>
        <source>is not active</source>
        <translation>не активна</translation>
    </message>
    <message>
        <source>only an active campaign can be paused</source>
        <translation>приостановить можно только активную кампанию</translation>
    </message>
    <message>
        <source>is not paused</source>
        <translation>не приостановлена</translation>
    </message>
    <message>
        <source>only a paused campaign can be resumed</source>
        <translation>возобновить можно только приостановленную кампанию</translation>
    </message>
    <message>
        <source>Spend for campaign %1 must be a positive amount, got %2</source>
        <translation>Расход кампании %1 должен быть положительной суммой, получено %2</translation>
    </message>
    <message>
        <source>cannot record spend</source>
        <translation>не может записать расход</translation>
    </message>
    <message>
        <source>spend is recorded only while the campaign is active or paused</source>
        <translation>расход записывается только пока кампания активна или приостановлена</translation>
    </message>
    <message>
        <source>Spend %1 would overflow the campaign total</source>
        <translation>Расход %1 переполнил бы итог кампании</translation>
    </message>
    <message>
        <source>is already completed</source>
        <translation>уже завершена</translation>
    </message>
    <message>
        <source>status must be draft, active or paused</source>
        <translation>статус должен быть «черновик», «активна» или «приостановлена»</translation>
    </message>
    <message>
        <source>cannot be edited</source>
        <translation>не может быть изменена</translation>
    </message>
    <message>
        <source>a completed campaign keeps its name and budget</source>
        <translation>у завершённой кампании название и бюджет не меняются</translation>
    </message>
    <message>
        <source>Campaign %1 has spent %2 tenge: the budget cannot be less (got %3)</source>
        <translation>Кампания %1 потратила %2 тенге: бюджет не может быть меньше (получено %3)</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: a started campaign keeps a budget above 0</source>
        <translation>Кампания %1 в статусе %2: у запущенной кампании бюджет должен быть больше 0</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Название кампании</translation>
    </message>
    <message>
        <source>takes no new leads</source>
        <translation>не принимает новых лидов</translation>
    </message>
    <message>
        <source>leads come into a draft, active or paused campaign</source>
        <translation>лиды поступают в черновик, активную или приостановленную кампанию</translation>
    </message>
    <message>
        <source>Spend %1 would take campaign %2 past its budget: %3 of %4 (%5 %). Confirm it if it is right (--confirm-overspend)</source>
        <translation>Расход %1 выведет кампанию %2 за пределы бюджета: %3 из %4 (%5 %). Подтвердите, если это верно (--confirm-overspend)</translation>
    </message>
    <message>
        <source>Spend entry %1 of campaign %2 cannot be reversed: %3</source>
        <translation>Запись расхода %1 кампании %2 нельзя сторнировать: %3</translation>
    </message>
    <message>
        <source>it belongs to another campaign</source>
        <translation>она относится к другой кампании</translation>
    </message>
    <message>
        <source>it is itself a correction; record the spend again instead</source>
        <translation>она сама является исправлением; вместо этого запишите расход заново</translation>
    </message>
    <message>
        <source>it has already been reversed</source>
        <translation>она уже сторнирована</translation>
    </message>
    <message>
        <source>its amount %1 is more than the campaign&apos;s spent %2</source>
        <translation>её сумма %1 больше израсходованного кампанией (%2)</translation>
    </message>
</context>
<context>
    <name>CampaignStatus</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлена</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершена</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>reading campaign %1</source>
        <translation>чтении кампании %1</translation>
    </message>
    <message>
        <source>saving campaign %1</source>
        <translation>сохранении кампании %1</translation>
    </message>
    <message>
        <source>updating campaign %1</source>
        <translation>обновлении кампании %1</translation>
    </message>
    <message>
        <source>Campaign %1 no longer exists in the local store</source>
        <translation>Кампании %1 больше нет в локальном хранилище</translation>
    </message>
    <message>
        <source>listing campaigns</source>
        <translation>получении списка кампаний</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Niche</source>
        <translation>Ниша</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Потрачено</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Использовано</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Запущена</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Nothing to draw: CSV is written from the data, not the chart</source>
        <translation>Нечего рисовать: CSV пишется из данных, а не из графика</translation>
    </message>
    <message>
        <source>Could not encode the PNG image</source>
        <translation>Не удалось закодировать изображение PNG</translation>
    </message>
    <message>
        <source>The chart could not be drawn into %1</source>
        <translation>График не удалось нарисовать в %1</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <source>Qualification funnel · %n lead(s)</source>
        <translation>
            <numerusform>Воронка квалификации · %n лид</numerusform>
            <numerusform>Воронка квалификации · %n лида</numerusform>
            <numerusform>Воронка квалификации · %n лидов</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Budget utilization · %1 of %2 spent</source>
        <translation>Использование бюджета · потрачено %1 из %2</translation>
    </message>
    <message>
        <source>Spent, under 80 %</source>
        <translation>Потрачено, меньше 80 %</translation>
    </message>
    <message>
        <source>Spent, 80–95 %</source>
        <translation>Потрачено, 80–95 %</translation>
    </message>
    <message>
        <source>Spent, 95 % and more</source>
        <translation>Потрачено, 95 % и больше</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source> · %1 per lead</source>
        <translation> · %1 за лид</translation>
    </message>
    <message>
        <source>Tenge (₸)</source>
        <translation>Тенге (₸)</translation>
    </message>
    <message>
        <source>at the current pace the budget runs out on %1</source>
        <translation>при текущем темпе бюджет закончится %1</translation>
    </message>
    <message>
        <source>no running campaign is spending</source>
        <translation>ни одна запущенная кампания не тратит</translation>
    </message>
    <message>
        <source>Pacing · %1</source>
        <translation>Темп расходов · %1</translation>
    </message>
    <message>
        <source>Ideal (budget spread over the plan)</source>
        <translation>Идеал (бюджет равномерно по плану)</translation>
    </message>
    <message>
        <source>Actual cumulative spend</source>
        <translation>Фактический накопленный расход</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>%1 · %2 left%3</source>
        <translation>%1 · осталось %2%3</translation>
    </message>
    <message>
        <source>Reached the stage (% of the previous, − dropped)</source>
        <translation>Дошли до этапа (% от предыдущего, − выбыло)</translation>
    </message>
    <message>
        <source>Qualifying: a branch beside contacted → qualified (% of contacted)</source>
        <translation>Квалификация: ветка (% от связавшихся)</translation>
    </message>
    <message>
        <source>Disqualified: all, then by the stage left (% of those that reached it)</source>
        <translation>Дисквалифицированы: все и по этапу ухода (%)</translation>
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
        <translation>%1 тыс. ₸</translation>
    </message>
    <message>
        <source>✕ from %1</source>
        <translation>✕ с этапа «%1»</translation>
    </message>
    <message>
        <source>Reached: %1</source>
        <translation>Дошли: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) · %1 · %2</source>
        <translation>
            <numerusform>%n лид · %1 · %2</numerusform>
            <numerusform>%n лида · %1 · %2</numerusform>
            <numerusform>%n лидов · %1 · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>% of the group&apos;s leads</source>
        <translation>% лидов группы</translation>
    </message>
    <message>
        <source>Conversion by week of arrival</source>
        <translation>Конверсия по неделе поступления</translation>
    </message>
    <message>
        <source>Week (its Monday)</source>
        <translation>Неделя (её понедельник)</translation>
    </message>
    <message>
        <source>% of the week&apos;s leads</source>
        <translation>% лидов недели</translation>
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
        <translation>СТАТУС</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>ПЛОЩАДКА</translation>
    </message>
    <message>
        <source>BUDGET</source>
        <translation>БЮДЖЕТ</translation>
    </message>
    <message>
        <source>SPENT</source>
        <translation>ПОТРАЧЕНО</translation>
    </message>
    <message>
        <source>REMAINING</source>
        <translation>ОСТАТОК</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>ИСПОЛЬЗ.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>НАЗВАНИЕ</translation>
    </message>
    <message>
        <source>Create a draft campaign for a niche; the budget is in tenge.</source>
        <translation>Создать черновик кампании для ниши; бюджет в тенге.</translation>
    </message>
    <message>
        <source>Niche id.</source>
        <translation>ID ниши.</translation>
    </message>
    <message>
        <source>Campaign name.</source>
        <translation>Название кампании.</translation>
    </message>
    <message>
        <source>olx, kaspi, satu or telegram.</source>
        <translation>olx, kaspi, satu или telegram.</translation>
    </message>
    <message>
        <source>Budget in tenge, e.g. 500000 or 2500.50.</source>
        <translation>Бюджет в тенге, например 500000 или 2500.50.</translation>
    </message>
    <message>
        <source>Created campaign %1 (%2)</source>
        <translation>Создана кампания %1 (%2)</translation>
    </message>
    <message>
        <source>List campaigns with their budget use.</source>
        <translation>Список кампаний с использованием бюджета.</translation>
    </message>
    <message>
        <source>Only campaigns in this status.</source>
        <translation>Только кампании с этим статусом.</translation>
    </message>
    <message>
        <source>Only campaigns of this niche.</source>
        <translation>Только кампании этой ниши.</translation>
    </message>
    <message>
        <source>Campaign %1 spent its budget and is now %2</source>
        <translation>Кампания %1 израсходовала бюджет и теперь %2</translation>
    </message>
    <message>
        <source>Recorded spend for campaign %1 (%2)</source>
        <translation>Расход записан для кампании %1 (%2)</translation>
    </message>
    <message>
        <source>Campaign %1 is now %2</source>
        <translation>Кампания %1 теперь %2</translation>
    </message>
    <message>
        <source>Start a draft campaign with a budget above 0.</source>
        <translation>Запустить черновик кампании с бюджетом больше 0.</translation>
    </message>
    <message>
        <source>Pause an active campaign.</source>
        <translation>Приостановить активную кампанию.</translation>
    </message>
    <message>
        <source>Resume a paused campaign.</source>
        <translation>Возобновить приостановленную кампанию.</translation>
    </message>
    <message>
        <source>Complete a campaign.</source>
        <translation>Завершить кампанию.</translation>
    </message>
    <message>
        <source>--workspace needs a folder</source>
        <translation>--workspace требует папку</translation>
    </message>
    <message>
        <source>--log-level must be debug, info, warning or error</source>
        <translation>--log-level должен быть debug, info, warning или error</translation>
    </message>
    <message>
        <source>leadops: the previous run in this workspace did not end cleanly; `leadops diagnostics` prints a report</source>
        <translation>leadops: предыдущий запуск в этом рабочем пространстве завершился некорректно; `leadops diagnostics` выводит отчёт</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; known commands: %2</source>
        <translation>неизвестная команда «%1»; известные команды: %2</translation>
    </message>
    <message>
        <source>leadops: %1</source>
        <translation>leadops: %1</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>использование: %1</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>не хватает аргумента</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>лишний аргумент «%1»</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 обязателен</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not known: expected one of %3</source>
        <translation>--%1 «%2» неизвестен: ожидается один из %3</translation>
    </message>
    <message>
        <source>Point the console at a Supabase project; the anon key goes to the OS keychain.</source>
        <translation>Подключить консоль к проекту Supabase; anon-ключ сохраняется в связку ключей ОС.</translation>
    </message>
    <message>
        <source>Project URL, e.g. https://abcd.supabase.co.</source>
        <translation>URL проекта, например https://abcd.supabase.co.</translation>
    </message>
    <message>
        <source>Anon key: </source>
        <translation>Anon-ключ: </translation>
    </message>
    <message>
        <source>No anon key on standard input: pipe it in, e.g. leadops connect --url URL &lt; key.txt</source>
        <translation>Нет anon-ключа на стандартном вводе: передайте его, например leadops connect --url URL &lt; key.txt</translation>
    </message>
    <message>
        <source>Connected to %1; the anon key is in the %2.</source>
        <translation>Подключено к %1; anon-ключ хранится в: %2.</translation>
    </message>
    <message>
        <source>Sign in with Supabase Auth; the session goes to the OS keychain.</source>
        <translation>Войти через Supabase Auth; сессия сохраняется в связку ключей ОС.</translation>
    </message>
    <message>
        <source>Your e-mail address.</source>
        <translation>Ваш адрес электронной почты.</translation>
    </message>
    <message>
        <source>No Supabase project is configured: run leadops connect --url URL first</source>
        <translation>Проект Supabase не настроен: сначала выполните leadops connect --url URL</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Пароль: </translation>
    </message>
    <message>
        <source>No password on standard input</source>
        <translation>Нет пароля на стандартном вводе</translation>
    </message>
    <message>
        <source>Signed in as %1, but the session cannot be kept: %2</source>
        <translation>Вход выполнен как %1, но сессию нельзя сохранить: %2</translation>
    </message>
    <message>
        <source>Signed in as %1 (role %2); the session is in the %3.</source>
        <translation>Вход выполнен как %1 (роль %2); сессия хранится в: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Show the signed-in user and role.</source>
        <translation>Показать вошедшего пользователя и его роль.</translation>
    </message>
    <message>
        <source>%1 (role %2), session valid until %3</source>
        <translation>%1 (роль %2), сессия действительна до %3</translation>
    </message>
    <message>
        <source>Sign out and forget the session.</source>
        <translation>Выйти и забыть сессию.</translation>
    </message>
    <message>
        <source>leadops: the server was not told (%1); the local session is removed anyway</source>
        <translation>leadops: сервер не уведомлён (%1); локальная сессия всё равно удалена</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Выход выполнен.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Вход не выполнен.</translation>
    </message>
    <message>
        <source>Fill an empty workspace with realistic demo data (same seed and date, same data).</source>
        <translation>Заполнить пустое рабочее пространство реалистичными демо-данными (тот же seed и дата — те же данные).</translation>
    </message>
    <message>
        <source>Number of leads, 1 to 10000000.</source>
        <translation>Число лидов, от 1 до 10000000.</translation>
    </message>
    <message>
        <source>Random seed (default 42).</source>
        <translation>Случайное начальное число (по умолчанию 42).</translation>
    </message>
    <message>
        <source>Last day of the generated history (default today, UTC).</source>
        <translation>Последний день создаваемой истории (по умолчанию сегодня, UTC).</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>Не показывать ход работы.</translation>
    </message>
    <message>
        <source>--seed &apos;%1&apos; is not valid: expected a whole number from 0 to 4294967295</source>
        <translation>--seed «%1» недопустим: ожидается целое число от 0 до 4294967295</translation>
    </message>
    <message>
        <source>--until &apos;%1&apos; is not a date: expected YYYY-MM-DD, as in 2026-11-25</source>
        <translation>--until «%1» — не дата: ожидается ГГГГ-ММ-ДД, например 2026-11-25</translation>
    </message>
    <message>
        <source>demo: %1 of %2 leads</source>
        <translation>demo: %1 из %2 лидов</translation>
    </message>
    <message>
        <source>Demo workspace %1: %2 niches, %3 campaigns, %4 leads, %5 history entries in %6 s</source>
        <translation>Демо-пространство %1: ниш %2, кампаний %3, лидов %4, записей истории %5 за %6 с</translation>
    </message>
    <message>
        <source>Check the backend: REST, Auth, clock skew, session expiry. Exit 0 healthy, 1 degraded, 3 unreachable or not configured.</source>
        <translation>Проверить сервер: REST, Auth, расхождение часов, срок сессии. Выход 0 — исправен, 1 — с проблемами, 3 — недоступен или не настроен.</translation>
    </message>
    <message>
        <source>backend: %1</source>
        <translation>сервер: %1</translation>
    </message>
    <message>
        <source>  REST answered HTTP %1 in %2 ms</source>
        <translation>  REST ответил HTTP %1 за %2 мс</translation>
    </message>
    <message>
        <source>One redacted report for a support ticket: versions, workspace, health, request metrics, the last runs and the last 200 log lines.</source>
        <translation>Один отчёт без секретов для обращения в поддержку: версии, рабочее пространство, состояние, метрики запросов, последние запуски и последние 200 строк журнала.</translation>
    </message>
    <message>
        <source>text (default), json or prometheus (metrics only).</source>
        <translation>text (по умолчанию), json или prometheus (только метрики).</translation>
    </message>
    <message>
        <source>--format must be text, json or prometheus</source>
        <translation>--format должен быть text, json или prometheus</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date: expected YYYY-MM-DD, as in 2026-11-25</source>
        <translation>--%1 «%2» — не дата: ожидается ГГГГ-ММ-ДД, например 2026-11-25</translation>
    </message>
    <message>
        <source>png, pdf, svg or csv (default: from the file name).</source>
        <translation>png, pdf, svg или csv (по умолчанию — по имени файла).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Файл для записи.</translation>
    </message>
    <message>
        <source>First day of leads counted, YYYY-MM-DD.</source>
        <translation>Первый день учитываемых лидов, ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Last day of leads counted (included), YYYY-MM-DD.</source>
        <translation>Последний день учитываемых лидов (включительно), ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Only this campaign (id).</source>
        <translation>Только эта кампания (id).</translation>
    </message>
    <message>
        <source>almaty, astana or shymkent.</source>
        <translation>almaty, astana или shymkent.</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not known: expected png, pdf, svg or csv</source>
        <translation>--format «%1» неизвестен: ожидается png, pdf, svg или csv</translation>
    </message>
    <message>
        <source>Cannot tell the format from &apos;%1&apos;: give --format png, pdf, svg or csv</source>
        <translation>Не удаётся определить формат по «%1»: укажите --format png, pdf, svg или csv</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2: the period would be empty</source>
        <translation>--from %1 позже --to %2: период был бы пустым</translation>
    </message>
    <message>
        <source>%1 written to %2 (%3, %4 bytes)</source>
        <translation>%1 записан в %2 (%3, %4 байт)</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>ОЦЕНКА</translation>
    </message>
    <message>
        <source>MSGS</source>
        <translation>СООБЩ</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ИСТОЧНИК</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>КОНТАКТ</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>СОЗДАН</translation>
    </message>
    <message>
        <source>Create a new lead; the contact is a +7 phone, a @telegram handle or an e-mail.</source>
        <translation>Создать новый лид; контакт — телефон +7, ник @telegram или e-mail.</translation>
    </message>
    <message>
        <source>Campaign id.</source>
        <translation>ID кампании.</translation>
    </message>
    <message>
        <source>Phone, Telegram handle or e-mail.</source>
        <translation>Телефон, ник Telegram или e-mail.</translation>
    </message>
    <message>
        <source>Created lead %1 (%2)</source>
        <translation>Создан лид %1 (%2)</translation>
    </message>
    <message>
        <source>List leads, newest first.</source>
        <translation>Список лидов, новые сверху.</translation>
    </message>
    <message>
        <source>new, contacted, qualifying, qualified, disqualified or closed.</source>
        <translation>new, contacted, qualifying, qualified, disqualified или closed.</translation>
    </message>
    <message>
        <source>At most this many rows (default 100, at most 100000).</source>
        <translation>Не больше стольких строк (по умолчанию 100, не больше 100000).</translation>
    </message>
    <message>
        <source>Skip this many rows first.</source>
        <translation>Сначала пропустить столько строк.</translation>
    </message>
    <message>
        <source>--offset &apos;%1&apos; is not valid: expected a whole number from 0</source>
        <translation>--offset «%1» недопустим: ожидается целое число от 0</translation>
    </message>
    <message>
        <source>Show a lead and its history.</source>
        <translation>Показать лид и его историю.</translation>
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
        <translation>История:</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>КОГДА</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ДЕЙСТВИЕ</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>КТО</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>ПОДРОБНОСТИ</translation>
    </message>
    <message>
        <source>Qualification score from 0 to 1.</source>
        <translation>Оценка квалификации от 0 до 1.</translation>
    </message>
    <message>
        <source>Qualification score</source>
        <translation>Оценка квалификации</translation>
    </message>
    <message>
        <source>Lead %1 is now %2</source>
        <translation>Лид %1 теперь %2</translation>
    </message>
    <message>
        <source>Disqualify a lead, keeping the reason.</source>
        <translation>Дисквалифицировать лид с сохранением причины.</translation>
    </message>
    <message>
        <source>Why the lead is disqualified.</source>
        <translation>Почему лид дисквалифицирован.</translation>
    </message>
    <message>
        <source>Disqualify qualifying leads with more than %1 messages and a score below %2.</source>
        <translation>Дисквалифицировать лиды на квалификации с более чем %1 сообщениями и оценкой ниже %2.</translation>
    </message>
    <message>
        <source>Only list the leads that would be disqualified.</source>
        <translation>Только показать лиды, которые были бы дисквалифицированы.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) would be auto-disqualified</source>
        <translation>
            <numerusform>%n лид был бы автоматически дисквалифицирован</numerusform>
            <numerusform>%n лида были бы автоматически дисквалифицированы</numerusform>
            <numerusform>%n лидов были бы автоматически дисквалифицированы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) auto-disqualified</source>
        <translation>
            <numerusform>%n лид автоматически дисквалифицирован</numerusform>
            <numerusform>%n лида автоматически дисквалифицированы</numerusform>
            <numerusform>%n лидов автоматически дисквалифицированы</numerusform>
        </translation>
    </message>
    <message>
        <source>Qualify a contacted lead with at least %1 messages.</source>
        <translation>Квалифицировать лид в статусе «связались» с не менее чем %1 сообщениями.</translation>
    </message>
    <message>
        <source>Record a provisional score for a lead in qualification.</source>
        <translation>Записать предварительную оценку лида на квалификации.</translation>
    </message>
    <message>
        <source>Mark a new lead as contacted.</source>
        <translation>Отметить новый лид как «связались».</translation>
    </message>
    <message>
        <source>Record one message exchanged with the lead.</source>
        <translation>Записать одно сообщение, которым обменялись с лидом.</translation>
    </message>
    <message>
        <source>Move a contacted lead into qualification.</source>
        <translation>Перевести лид из «связались» на квалификацию.</translation>
    </message>
    <message>
        <source>Close a qualified lead (hand-off to sales).</source>
        <translation>Закрыть квалифицированный лид (передача в продажи).</translation>
    </message>
    <message>
        <source>MARKET</source>
        <translation>РЫНОК</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>КАТЕГОРИЯ</translation>
    </message>
    <message>
        <source>PROFIT</source>
        <translation>ПРИБЫЛЬН</translation>
    </message>
    <message>
        <source>COMPET</source>
        <translation>КОНКУР</translation>
    </message>
    <message>
        <source>Create a niche in research.</source>
        <translation>Создать нишу на исследовании.</translation>
    </message>
    <message>
        <source>Niche name.</source>
        <translation>Название ниши.</translation>
    </message>
    <message>
        <source>City: almaty, astana or shymkent.</source>
        <translation>Город: almaty, astana или shymkent.</translation>
    </message>
    <message>
        <source>Business category.</source>
        <translation>Категория бизнеса.</translation>
    </message>
    <message>
        <source>Created niche %1 (%2)</source>
        <translation>Создана ниша %1 (%2)</translation>
    </message>
    <message>
        <source>List niches.</source>
        <translation>Список ниш.</translation>
    </message>
    <message>
        <source>Record the research scores (each 0..1) and mark the niche validated.</source>
        <translation>Записать оценки исследования (каждая 0..1) и отметить нишу проверенной.</translation>
    </message>
    <message>
        <source>Profitability score, 0..1.</source>
        <translation>Оценка прибыльности, 0..1.</translation>
    </message>
    <message>
        <source>Competition density, 0..1.</source>
        <translation>Плотность конкуренции, 0..1.</translation>
    </message>
    <message>
        <source>Profitability score</source>
        <translation>Оценка прибыльности</translation>
    </message>
    <message>
        <source>Competition density</source>
        <translation>Плотность конкуренции</translation>
    </message>
    <message>
        <source>Niche %1 is %2 and can be activated</source>
        <translation>Ниша %1: %2, её можно активировать</translation>
    </message>
    <message>
        <source>Niche %1 is %2 but cannot be activated (profitability must be at least %3 and competition below %4)</source>
        <translation>Ниша %1: %2, но её нельзя активировать (прибыльность не ниже %3 и конкуренция ниже %4)</translation>
    </message>
    <message>
        <source>Niche %1 is now %2</source>
        <translation>Ниша %1 теперь %2</translation>
    </message>
    <message>
        <source>Activate a validated niche (profitability &gt;= %1, competition &lt; %2).</source>
        <translation>Активировать проверенную нишу (прибыльность &gt;= %1, конкуренция &lt; %2).</translation>
    </message>
    <message>
        <source>Pause an active niche.</source>
        <translation>Приостановить активную нишу.</translation>
    </message>
    <message>
        <source>Archive a niche.</source>
        <translation>Архивировать нишу.</translation>
    </message>
    <message>
        <source>Push local changes, then pull what changed on the server. Exit 1: the server refused a change; 3: the server cannot be reached; 4: conflicts remain.</source>
        <translation>Отправить локальные изменения, затем получить изменённое на сервере. Выход 1: сервер отклонил изменение; 3: сервер недоступен; 4: остались конфликты.</translation>
    </message>
    <message>
        <source>Only pull.</source>
        <translation>Только получить.</translation>
    </message>
    <message>
        <source>Only push.</source>
        <translation>Только отправить.</translation>
    </message>
    <message>
        <source>sync: %1 %2 rows</source>
        <translation>sync: %1 — %2 строк</translation>
    </message>
    <message>
        <source>pushed %1, pulled %2, deleted %3, held back %4, conflicts %5, refused %6, pending %7 (%8 s)</source>
        <translation>отправлено %1, получено %2, удалено %3, отложено %4, конфликтов %5, отклонено %6, в очереди %7 (%8 с)</translation>
    </message>
    <message>
        <source>Changes the server refused because the row changed there meanwhile.</source>
        <translation>Изменения, отклонённые сервером, потому что строка там тем временем изменилась.</translation>
    </message>
    <message>
        <source>Local changes not yet on the server (and those the server refused).</source>
        <translation>Локальные изменения, ещё не попавшие на сервер (и отклонённые сервером).</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>ENTITY</source>
        <translation>СУЩНОСТЬ</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>СТРОКА</translation>
    </message>
    <message>
        <source>OP</source>
        <translation>ОП</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ОШИБКА</translation>
    </message>
    <message>
        <source>mine or theirs.</source>
        <translation>mine или theirs.</translation>
    </message>
    <message>
        <source>--keep must be mine or theirs</source>
        <translation>--keep должен быть mine или theirs</translation>
    </message>
    <message>
        <source>Conflict %1: your change is queued again on top of the server&apos;s row</source>
        <translation>Конфликт %1: ваше изменение снова в очереди поверх строки сервера</translation>
    </message>
    <message>
        <source>Conflict %1: the server&apos;s row is kept, your change dropped</source>
        <translation>Конфликт %1: оставлена строка сервера, ваше изменение отброшено</translation>
    </message>
    <message>
        <source>Rename a campaign or change its budget (not below what it spent).</source>
        <translation>Переименовать кампанию или изменить её бюджет (не ниже потраченного).</translation>
    </message>
    <message>
        <source>give --name, --budget or both</source>
        <translation>укажите --name, --budget или оба</translation>
    </message>
    <message>
        <source>Saved campaign %1 (%2)</source>
        <translation>Кампания %1 сохранена (%2)</translation>
    </message>
    <message>
        <source>Rename a niche or change its category.</source>
        <translation>Переименовать нишу или изменить её категорию.</translation>
    </message>
    <message>
        <source>give --name, --category or both</source>
        <translation>укажите --name, --category или оба</translation>
    </message>
    <message>
        <source>Saved niche %1 (%2)</source>
        <translation>Ниша %1 сохранена (%2)</translation>
    </message>
    <message>
        <source>sync: %1 %2 of about %3 rows</source>
        <translation>sync: %1 — %2 из примерно %3 строк</translation>
    </message>
    <message>
        <source>Resolve a conflict (keep the server&apos;s row, or re-apply the local change on top of it) or a change the server refused (send it again, or drop it and take the server&apos;s row).</source>
        <translation>Разрешить конфликт (оставить строку сервера или повторно применить локальное изменение поверх неё) или изменение, отклонённое сервером (отправить снова или отбросить и взять строку сервера).</translation>
    </message>
    <message>
        <source>Change id &apos;%1&apos; is not a number (leadops conflicts and leadops pending list them)</source>
        <translation>Идентификатор изменения «%1» не является числом (их перечисляют leadops conflicts и leadops pending)</translation>
    </message>
    <message>
        <source>Change %1: queued to be sent again at the next sync</source>
        <translation>Изменение %1: будет отправлено снова при следующей синхронизации</translation>
    </message>
    <message>
        <source>Change %1: dropped; the row never reached the server and is removed here</source>
        <translation>Изменение %1: отброшено; строка так и не попала на сервер и удалена здесь</translation>
    </message>
    <message>
        <source>Change %1: dropped; the server&apos;s row comes back with the next sync</source>
        <translation>Изменение %1: отброшено; строка сервера вернётся при следующей синхронизации</translation>
    </message>
    <message>
        <source>--workspace is empty: give the workspace folder</source>
        <translation>--workspace пуст: укажите папку рабочего пространства</translation>
    </message>
    <message>
        <source>Each action takes --help, as in: leadops %1 ACTION --help</source>
        <translation>У каждого действия есть --help, например: leadops %1 ДЕЙСТВИЕ --help</translation>
    </message>
    <message>
        <source>%1: missing action</source>
        <translation>%1: не указано действие</translation>
    </message>
    <message>
        <source>%1: unknown action &apos;%2&apos;</source>
        <translation>%1: неизвестное действие «%2»</translation>
    </message>
    <message>
        <source>… (%1 more characters)</source>
        <translation>… (ещё %1 символов)</translation>
    </message>
    <message>
        <source>Accept an http:// URL to another computer (a trusted network).</source>
        <translation>Разрешить адрес http:// другого компьютера (доверенная сеть).</translation>
    </message>
    <message>
        <source>Check the workspace file without changing it. Exit 0: healthy; 1: damaged (with the finding).</source>
        <translation>Проверить файл рабочего пространства, не изменяя его. Выход 0: исправен; 1: повреждён (с находкой).</translation>
    </message>
    <message>
        <source>Also compare every index with its table (slower).</source>
        <translation>Также сверить каждый индекс с его таблицей (медленнее).</translation>
    </message>
    <message>
        <source>%1: healthy</source>
        <translation>%1: исправен</translation>
    </message>
    <message>
        <source>%1: damaged</source>
        <translation>%1: повреждён</translation>
    </message>
    <message>
        <source>A synced workspace is rebuilt from the server with &quot;leadops workspace rebuild&quot; (the damaged file is kept beside it).</source>
        <translation>Синхронизированное пространство восстанавливается с сервера командой «leadops workspace rebuild» (повреждённый файл сохраняется рядом).</translation>
    </message>
    <message>
        <source>Move the damaged workspace file aside, pull every row again from the server, and queue again every local change that can still be read. Needs a connected project (leadops connect, leadops login).</source>
        <translation>Отложить повреждённый файл рабочего пространства, заново загрузить все строки с сервера и снова поставить в очередь каждое локальное изменение, которое ещё читается. Нужен подключённый проект (leadops connect, leadops login).</translation>
    </message>
    <message>
        <source>A workspace is rebuilt from the server, and none can be used: %1</source>
        <translation>Рабочее пространство восстанавливается с сервера, а он недоступен: %1</translation>
    </message>
    <message>
        <source>Rebuilt: %1 rows pulled from the server, %2 local change(s) queued again. The damaged file is kept as %3</source>
        <translation>Восстановлено: %1 строк загружено с сервера, %2 локальных изменений снова в очереди. Повреждённый файл сохранён как %3</translation>
    </message>
    <message>
        <source>  could not be recovered: %1</source>
        <translation>  не удалось восстановить: %1</translation>
    </message>
    <message>
        <source>see the finding with &quot;leadops workspace check&quot;; a synced workspace is rebuilt from the server with &quot;leadops workspace rebuild&quot; (the damaged file is kept)</source>
        <translation>находку покажет «leadops workspace check»; синхронизированное пространство восстанавливается с сервера командой «leadops workspace rebuild» (повреждённый файл сохраняется)</translation>
    </message>
    <message>
        <source>sign in with &quot;leadops login --email E&quot; (the password from standard input)</source>
        <translation>войдите командой «leadops login --email E» (пароль — со стандартного ввода)</translation>
    </message>
    <message>
        <source>connect with &quot;leadops connect --url URL&quot; (the anon key from standard input), or set LEADOPS_REST_URL</source>
        <translation>подключитесь командой «leadops connect --url URL» (анонимный ключ — со стандартного ввода) или задайте LEADOPS_REST_URL</translation>
    </message>
    <message>
        <source>&quot;leadops conflicts&quot; and &quot;leadops pending&quot; list the changes</source>
        <translation>«leadops conflicts» и «leadops pending» показывают изменения</translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) wait in this workspace and are sent after the next sign-in.</source>
        <translation>
            <numerusform>%n локальное изменение ждёт в этом рабочем пространстве и будет отправлено после следующего входа.</numerusform>
            <numerusform>%n локальных изменения ждут в этом рабочем пространстве и будут отправлены после следующего входа.</numerusform>
            <numerusform>%n локальных изменений ждут в этом рабочем пространстве и будут отправлены после следующего входа.</numerusform>
        </translation>
    </message>
    <message>
        <source>project</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>none: a local-only workspace</source>
        <translation>нет: локальное рабочее пространство</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>none needed (local)</source>
        <translation>не нужна (локально)</translation>
    </message>
    <message>
        <source>session</source>
        <translation>сессия</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>действует до %1</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>вход не выполнен</translation>
    </message>
    <message>
        <source>pending changes</source>
        <translation>изменения в очереди</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>рабочее пространство</translation>
    </message>
    <message>
        <source>belongs to</source>
        <translation>принадлежит</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>The project, the user and role, the session&apos;s expiry, the changes waiting for the server and whose workspace this is.</source>
        <translation>Проект, пользователь и роль, срок сессии, изменения, ждущие отправки на сервер, и чьё это рабочее пространство.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>give the name with --name TEXT, or remove it with --clear</source>
        <translation>укажите имя через --name ТЕКСТ или уберите его через --clear</translation>
    </message>
    <message>
        <source>Lead %1 (%2) has no name now</source>
        <translation>У лида %1 (%2) больше нет имени</translation>
    </message>
    <message>
        <source>Lead %1 (%2) is renamed</source>
        <translation>Лид %1 (%2) переименован</translation>
    </message>
    <message>
        <source>The person&apos;s or company&apos;s name (optional).</source>
        <translation>Имя человека или название компании (необязательно).</translation>
    </message>
    <message>
        <source>Text or digits contained in the contact or the name.</source>
        <translation>Текст или цифры из контакта или имени.</translation>
    </message>
    <message>
        <source>Name a lead (a person or a company), or remove its name.</source>
        <translation>Дать лиду имя (человек или компания) или убрать его.</translation>
    </message>
    <message>
        <source>The name, up to %1 characters.</source>
        <translation>Имя, до %1 символов.</translation>
    </message>
    <message>
        <source>Remove the name.</source>
        <translation>Убрать имя.</translation>
    </message>
    <message>
        <source>%1 me: nobody is signed in to a team here (leadops login)</source>
        <translation>%1 me: здесь никто не вошёл в команду (leadops login)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: no such member in the team; expected me, none or a member&apos;s e-mail (leadops team list)</source>
        <translation>%1 «%2»: такого участника в команде нет; ожидается me, none или e-mail участника (leadops team list)</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>ОТВЕТСТВЕННЫЙ</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <source>Lead %1 (%2) is back in the queue</source>
        <translation>Лид %1 (%2) возвращён в общую очередь</translation>
    </message>
    <message>
        <source>Lead %1 (%2) is assigned</source>
        <translation>Лид %1 (%2) назначен</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) of other members left to their owners</source>
        <translation>
            <numerusform>%n лид других участников оставлен их ответственным</numerusform>
            <numerusform>%n лида других участников оставлены их ответственным</numerusform>
            <numerusform>%n лидов других участников оставлены их ответственным</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose leads: me, a member&apos;s e-mail, none (unassigned) or queue (mine and the unassigned).</source>
        <translation>Чьи лиды: me, e-mail участника, none (без ответственного) или queue (мои и без ответственного).</translation>
    </message>
    <message>
        <source>Give a lead to a sales manager of the team, take it (me), or put it back in the queue (none).</source>
        <translation>Передать лида менеджеру по продажам из команды, взять себе (me) или вернуть в общую очередь (none).</translation>
    </message>
    <message>
        <source>A member&apos;s e-mail, me or none.</source>
        <translation>E-mail участника, me или none.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>РОЛЬ</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>АКТИВЕН</translation>
    </message>
    <message>
        <source>No team here yet: the team comes from the server with each sync (leadops sync).</source>
        <translation>Команды здесь пока нет: она приходит с сервера при каждой синхронизации (leadops sync).</translation>
    </message>
    <message>
        <source>List the team&apos;s members: who leads can be assigned to.</source>
        <translation>Список участников команды: кому можно назначать лидов.</translation>
    </message>
    <message>
        <source>--due &apos;%1&apos; is not valid: expected today or overdue</source>
        <translation>--due «%1» недопустимо: ожидается today или overdue</translation>
    </message>
    <message>
        <source>follow_up</source>
        <translation>перезвонить</translation>
    </message>
    <message>
        <source>--at &apos;%1&apos; is not a time: expected &quot;YYYY-MM-DD HH:MM&quot; (local time) or now</source>
        <translation>--at «%1» — не время: ожидается &quot;ГГГГ-ММ-ДД ЧЧ:ММ&quot; (местное время) или now</translation>
    </message>
    <message>
        <source>Lead %1 (%2): follow up at %3</source>
        <translation>Лид %1 (%2): перезвонить %3</translation>
    </message>
    <message>
        <source>Lead %1 (%2) has no follow-up now</source>
        <translation>У лида %1 (%2) больше нет напоминания</translation>
    </message>
    <message>
        <source>--clear takes neither --at nor --note</source>
        <translation>--clear не сочетается с --at и --note</translation>
    </message>
    <message>
        <source>give the time with --at &quot;YYYY-MM-DD HH:MM&quot; (or now), or --clear</source>
        <translation>укажите время через --at &quot;ГГГГ-ММ-ДД ЧЧ:ММ&quot; (или now) либо --clear</translation>
    </message>
    <message>
        <source>Follow-ups due today or overdue, earliest first.</source>
        <translation>Напоминания на сегодня или просроченные, сначала самые ранние.</translation>
    </message>
    <message>
        <source>Set when to call the lead back (local time, now or later), or clear it.</source>
        <translation>Назначить, когда перезвонить лиду (местное время, сейчас или позже), или снять напоминание.</translation>
    </message>
    <message>
        <source>When: &quot;YYYY-MM-DD HH:MM&quot; in local time, or now.</source>
        <translation>Когда: &quot;ГГГГ-ММ-ДД ЧЧ:ММ&quot; по местному времени или now.</translation>
    </message>
    <message>
        <source>What the call is about (optional).</source>
        <translation>О чём звонок (необязательно).</translation>
    </message>
    <message>
        <source>Remove the follow-up.</source>
        <translation>Снять напоминание.</translation>
    </message>
    <message>
        <source>Note %1 added to lead %2</source>
        <translation>Заметка %1 добавлена к лиду %2</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>ЗАМЕТКА</translation>
    </message>
    <message>
        <source>--remove takes no --text</source>
        <translation>--remove не сочетается с --text</translation>
    </message>
    <message>
        <source>Note %1 removed</source>
        <translation>Заметка %1 удалена</translation>
    </message>
    <message>
        <source>give the corrected text with --text, or --remove</source>
        <translation>укажите исправленный текст через --text или --remove</translation>
    </message>
    <message>
        <source>Note %1 corrected</source>
        <translation>Заметка %1 исправлена</translation>
    </message>
    <message>
        <source>Write down what the lead said (up to %1 characters).</source>
        <translation>Записать, что сказал лид (до %1 символов).</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>Текст заметки.</translation>
    </message>
    <message>
        <source>The lead&apos;s notes, newest first.</source>
        <translation>Заметки лида, сначала новые.</translation>
    </message>
    <message>
        <source>Correct or remove your note within %1 minutes of writing it.</source>
        <translation>Исправить или удалить свою заметку в течение %1 минут после написания.</translation>
    </message>
    <message>
        <source>The corrected note.</source>
        <translation>Исправленный текст.</translation>
    </message>
    <message>
        <source>Remove the note.</source>
        <translation>Удалить заметку.</translation>
    </message>
    <message>
        <source>--encoding &apos;%1&apos; is not known: expected utf-8, windows-1251 or utf-16</source>
        <translation>--encoding &apos;%1&apos; неизвестна: ожидалось utf-8, windows-1251 или utf-16</translation>
    </message>
    <message>
        <source>--delimiter &apos;%1&apos; is not known: expected &apos;;&apos;, &apos;,&apos; or tab</source>
        <translation>--delimiter &apos;%1&apos; неизвестен: ожидалось &apos;;&apos;, &apos;,&apos; или tab</translation>
    </message>
    <message>
        <source>--map &apos;%1&apos; is not valid: expected FIELD=HEADER, FIELD one of %2</source>
        <translation>--map &apos;%1&apos; неверно: ожидалось ПОЛЕ=ЗАГОЛОВОК, ПОЛЕ — одно из %2</translation>
    </message>
    <message>
        <source>The file has no column &apos;%1&apos;; its columns: %2</source>
        <translation>В файле нет столбца &apos;%1&apos;; его столбцы: %2</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>ПРИЧИНА</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (--report FILE lists every row)</source>
        <translation>
            <numerusform>… и ещё %n (--report ФАЙЛ перечислит все строки)</numerusform>
            <numerusform>… и ещё %n (--report ФАЙЛ перечислит все строки)</numerusform>
            <numerusform>… и ещё %n (--report ФАЙЛ перечислит все строки)</numerusform>
        </translation>
    </message>
    <message>
        <source>name the campaign with --campaign ID, or the column naming it with --campaign-column HEADER</source>
        <translation>укажите кампанию через --campaign ID или столбец с ней через --campaign-column ЗАГОЛОВОК</translation>
    </message>
    <message>
        <source>Dry run of %1: %2 rows; would import %3 new leads and update %4; %5 duplicates, %6 invalid rows. Nothing was written.</source>
        <translation>Пробный прогон %1: %2 строк; было бы импортировано %3 новых лидов и обновлено %4; дубликатов %5, неверных строк %6. Ничего не записано.</translation>
    </message>
    <message>
        <source>Imported %1 new leads from %2 and updated %3 (batch %4; undo with leadops lead import-undo %4); %5 duplicates and %6 invalid rows were skipped.</source>
        <translation>Импортировано %1 новых лидов из %2, обновлено %3 (пакет %4; отмена: leadops lead import-undo %4); пропущено дубликатов %5 и неверных строк %6.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n rows are invalid (below). Correct them, or import the other rows with --skip-invalid.</source>
        <translation>
            <numerusform>Ничего не импортировано: %n строка неверна (ниже). Исправьте её или импортируйте остальные строки с --skip-invalid.</numerusform>
            <numerusform>Ничего не импортировано: %n строки неверны (ниже). Исправьте их или импортируйте остальные строки с --skip-invalid.</numerusform>
            <numerusform>Ничего не импортировано: %n строк неверны (ниже). Исправьте их или импортируйте остальные строки с --skip-invalid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1 has no new leads (%2 duplicates).</source>
        <translation>Ничего не импортировано: в %1 нет новых лидов (дубликатов %2).</translation>
    </message>
    <message>
        <source>Invalid rows:</source>
        <translation>Неверные строки:</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Дубликаты:</translation>
    </message>
    <message>
        <source>Import %1 undone: %2 leads removed, %3 names given back</source>
        <translation>Импорт %1 отменён: удалено лидов %2, возвращено имён %3</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>отменён</translation>
    </message>
    <message>
        <source>BATCH</source>
        <translation>ПАКЕТ</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>НОВЫХ</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ОБНОВЛЕНО</translation>
    </message>
    <message>
        <source>UNDONE</source>
        <translation>ОТМЕНЁН</translation>
    </message>
    <message>
        <source>--format %1 does not match the file name %2: name the file .%1</source>
        <translation>--format %1 не совпадает с именем файла %2: назовите файл .%1</translation>
    </message>
    <message>
        <source>the file name %1 does not say the format: name it .csv or .xlsx, or give --format csv|xlsx</source>
        <translation>по имени файла %1 не понять формат: назовите его .csv или .xlsx или укажите --format csv|xlsx</translation>
    </message>
    <message>
        <source>Exported %1 leads to %2</source>
        <translation>Экспортировано лидов: %1 в %2</translation>
    </message>
    <message>
        <source>The file to write (.csv or .xlsx).</source>
        <translation>Файл для записи (.csv или .xlsx).</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file name).</source>
        <translation>csv или xlsx (по умолчанию — по имени файла).</translation>
    </message>
    <message>
        <source>Import leads from a CSV, TSV or XLSX file: one batch, undone with lead import-undo. Exit 0 when something was imported (or would be, in a dry run), 1 when nothing could be.</source>
        <translation>Импортировать лиды из файла CSV, TSV или XLSX: один пакет, отменяется через lead import-undo. Код 0, если что-то импортировано (или было бы при пробном прогоне), 1 — если ничего нельзя импортировать.</translation>
    </message>
    <message>
        <source>The campaign (id or name) the leads come into.</source>
        <translation>Кампания (id или название), в которую поступают лиды.</translation>
    </message>
    <message>
        <source>The column naming each row&apos;s campaign.</source>
        <translation>Столбец с кампанией каждой строки.</translation>
    </message>
    <message>
        <source>Which column feeds a field: contact, name, source, campaign, note or created (repeatable; HEADER is a column&apos;s name or number).</source>
        <translation>Какой столбец заполняет поле: contact, name, source, campaign, note или created (можно повторять; ЗАГОЛОВОК — имя или номер столбца).</translation>
    </message>
    <message>
        <source>The text file&apos;s encoding (default: detected).</source>
        <translation>Кодировка текстового файла (по умолчанию — определяется).</translation>
    </message>
    <message>
        <source>The text file&apos;s delimiter: &apos;;&apos;, &apos;,&apos; or tab (default: detected).</source>
        <translation>Разделитель текстового файла: &apos;;&apos;, &apos;,&apos; или tab (по умолчанию — определяется).</translation>
    </message>
    <message>
        <source>Import the valid rows and list the others.</source>
        <translation>Импортировать верные строки и перечислить остальные.</translation>
    </message>
    <message>
        <source>Give leads already in the campaign the file&apos;s name and note.</source>
        <translation>Лидам, уже бывшим в кампании, дать имя и заметку из файла.</translation>
    </message>
    <message>
        <source>Check and count only; write nothing.</source>
        <translation>Только проверить и посчитать; ничего не записывать.</translation>
    </message>
    <message>
        <source>Write every skipped row and its reason to this CSV file.</source>
        <translation>Записать каждую пропущенную строку и причину в этот CSV-файл.</translation>
    </message>
    <message>
        <source>Undo an import while none of its leads has changed since.</source>
        <translation>Отменить импорт, пока ни один из его лидов не изменился.</translation>
    </message>
    <message>
        <source>The imports made in this workspace, newest first.</source>
        <translation>Импорты в этом рабочем пространстве, сначала новые.</translation>
    </message>
    <message>
        <source>Write the leads a list filter selects, all of them, to CSV or XLSX.</source>
        <translation>Записать все лиды, выбранные фильтром списка, в CSV или XLSX.</translation>
    </message>
    <message>
        <source>Move a lead in qualification back to contacted, so that it can be qualified.</source>
        <translation>Вернуть лида из квалификации в «связались», чтобы его можно было квалифицировать.</translation>
    </message>
    <message>
        <source>--format %1 but the file name %2 says %3: the file would not be what its name says. Give them the same format</source>
        <translation>--format %1, но имя файла %2 говорит %3: файл был бы не тем, что говорит его имя. Укажите один и тот же формат</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be exported: expected funnel, budget, breakdown or weekly</source>
        <translation>«%1» нельзя экспортировать: ожидается funnel, budget, breakdown или weekly</translation>
    </message>
    <message>
        <source>Funnel by source</source>
        <translation>Воронка по источникам</translation>
    </message>
    <message>
        <source>Funnel by campaign</source>
        <translation>Воронка по кампаниям</translation>
    </message>
    <message>
        <source>Export a chart (PNG, PDF, SVG) or its data (CSV): the qualification funnel, the budget utilization and pacing, the funnel by source and by campaign (breakdown), or the conversion by week (weekly). Needs no display.</source>
        <translation>Экспортировать диаграмму (PNG, PDF, SVG) или её данные (CSV): воронку квалификации, использование бюджета и темп расходов, воронку по источникам и кампаниям (breakdown) или конверсию по неделям (weekly). Дисплей не нужен.</translation>
    </message>
    <message>
        <source>Record it even though it takes the campaign past its budget.</source>
        <translation>Записать, даже если кампания выйдет за пределы бюджета.</translation>
    </message>
    <message>
        <source>Reversed the spend entry; campaign %1 is %2</source>
        <translation>Запись расхода сторнирована; кампания %1 — %2</translation>
    </message>
    <message>
        <source>reverses %1</source>
        <translation>сторнирует %1</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>сторнирована</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>СУММА</translation>
    </message>
    <message>
        <source>SPENT AFTER</source>
        <translation>ИЗРАСХОДОВАНО ПОСЛЕ</translation>
    </message>
    <message>
        <source>EFFECT</source>
        <translation>ДЕЙСТВИЕ</translation>
    </message>
    <message>
        <source>Why, in a line (at most 500 characters).</source>
        <translation>Почему, одной строкой (не более 500 символов).</translation>
    </message>
    <message>
        <source>Record spend in tenge as a ledger entry; the campaign completes when spend reaches the budget. A spend past the budget needs --confirm-overspend.</source>
        <translation>Записать расход в тенге как запись журнала; кампания завершается, когда расходы достигают бюджета. Расход сверх бюджета требует --confirm-overspend.</translation>
    </message>
    <message>
        <source>The campaign&apos;s spend ledger, oldest first: each spend and correction, who recorded it, and spent after it.</source>
        <translation>Журнал расходов кампании, от старых к новым: каждый расход и исправление, кто их записал и сколько израсходовано после.</translation>
    </message>
    <message>
        <source>Reverse a mistaken spend with a correction entry. If that spend completed the campaign, it returns to the status it had.</source>
        <translation>Сторнировать ошибочный расход записью-исправлением. Если этот расход завершил кампанию, она возвращается в прежний статус.</translation>
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

использование: leadops [--workspace DIR] [--lang ru|kk|en] [--demo]   открыть окно
               leadops [--workspace DIR] КОМАНДА ... [--json]          без окна

команды:
  demo --leads N [--seed S] [--until DATE]     заполнить пустое рабочее пространство демо-данными
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
  lead import ФАЙЛ --campaign ID|--campaign-column З [--map ПОЛЕ=З] [--skip-invalid] [--dry-run]
  lead imports | import-undo ПАКЕТ | export --out ФАЙЛ.csv|ФАЙЛ.xlsx [фильтры lead list]
  team list                                    участники, которым можно назначать лидов
  connect --url URL &lt; anon-key    login --email E &lt; password    whoami    logout
  account                                      проект, пользователь, роль, сессия, изменения в очереди
  health    diagnostics [--format text|json|prometheus]
  sync [--pull-only|--push-only]    pending    conflicts    resolve ID --keep mine|theirs
  workspace check [--full] | rebuild             найти повреждения; заново загрузить повреждённое синхронизированное пространство
  export funnel|budget|breakdown|weekly --format png|pdf|svg|csv --out FILE [--from DATE] [--to DATE]
         [--campaign ID] [--source S] [--market M]   (дисплей не нужен)

У каждой команды есть --help. Коды выхода: 0 готово, 1 отказ по правилу или неверный ввод, 2 ошибка использования,
3 сервер недоступен (health, sync), 4 остались конфликты (sync). JSON-журнал лежит в папке logs/ рабочего пространства.
Рабочее пространство по умолчанию: %2.
</translation>
    </message>
    <message>
        <source>Start just after this lead (the last id of the previous page): as fast a million rows down as at the top, unlike --offset.</source>
        <translation>Начать сразу после этого лида (последний id предыдущей страницы): на глубине в миллион строк так же быстро, как в начале, в отличие от --offset.</translation>
    </message>
    <message>
        <source>--after and --offset cannot be used together</source>
        <translation>--after и --offset нельзя использовать вместе</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>&apos;%1&apos; is not a project URL: expected https://&lt;project-ref&gt;.supabase.co (or http://host:port for a local backend)</source>
        <translation>«%1» — не URL проекта: ожидается https://&lt;project-ref&gt;.supabase.co (или http://host:port для локального сервера)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not encrypted (http://): the anon key, passwords and tokens would cross the network readable. Use https://, or allow it explicitly for a trusted network (--allow-insecure)</source>
        <translation>«%1» не шифруется (http://): анонимный ключ, пароли и токены пойдут по сети в открытом виде. Используйте https:// или явно разрешите это для доверенной сети (--allow-insecure)</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>Phone number &apos;%1&apos; contains &apos;%2&apos;: expected digits, spaces, dashes, dots or brackets only, as in +7 701 123 45 67 or 8 (701) 123-45-67</source>
        <translation>Номер телефона «%1» содержит «%2»: допустимы только цифры, пробелы, дефисы, точки и скобки, например +7 701 123 45 67 или 8 (701) 123-45-67</translation>
    </message>
    <message>
        <source>Phone number &apos;%1&apos; is not a Kazakh or Russian number: expected +7 and 10 digits (+7 701 123 45 67), 8 and 10 digits (8 701 123 45 67) or the 10-digit national number</source>
        <translation>Номер телефона «%1» не казахстанский и не российский: ожидается +7 и 10 цифр (+7 701 123 45 67), 8 и 10 цифр (8 701 123 45 67) или 10-значный национальный номер</translation>
    </message>
    <message>
        <source>Phone number &apos;%1&apos; has no valid area or operator code: after +7 the number must start with a digit from 3 to 9 (e.g. 701, 747, 727, 916)</source>
        <translation>У номера «%1» нет допустимого кода города или оператора: после +7 номер должен начинаться с цифры от 3 до 9 (например, 701, 747, 727, 916)</translation>
    </message>
    <message>
        <source>Telegram handle &apos;%1&apos; is not valid: expected @ followed by 5 to 32 Latin letters, digits or underscores, as in @almaty_sales</source>
        <translation>Ник Telegram «%1» недопустим: ожидается @ и от 5 до 32 латинских букв, цифр или подчёркиваний, например @almaty_sales</translation>
    </message>
    <message>
        <source>E-mail address &apos;%1&apos; is not valid: expected name@domain.tld, as in sales@example.kz</source>
        <translation>Адрес e-mail «%1» недопустим: ожидается имя@домен.зона, например sales@example.kz</translation>
    </message>
    <message>
        <source>Contact is empty: expected a phone (+7 701 123 45 67), a Telegram handle (@name) or an e-mail address (name@example.kz)</source>
        <translation>Контакт пуст: ожидается телефон (+7 701 123 45 67), ник Telegram (@name) или e-mail (name@example.kz)</translation>
    </message>
    <message>
        <source>Contact &apos;%1&apos; is not a phone, Telegram handle or e-mail: expected +7 701 123 45 67, 8 (701) 123-45-67, @handle (5-32 letters, digits or _) or name@example.kz</source>
        <translation>Контакт «%1» — не телефон, не ник Telegram и не e-mail: ожидается +7 701 123 45 67, 8 (701) 123-45-67, @handle (5–32 буквы, цифры или _) или name@example.kz</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Row %1: a quoted field is never closed: a &quot; is missing before the end of the file</source>
        <translation>Строка %1: поле в кавычках не закрыто: до конца файла не хватает &quot;</translation>
    </message>
    <message>
        <source>Row %1: a quoted field runs on for more than a megabyte: a closing &quot; is probably missing</source>
        <translation>Строка %1: поле в кавычках длиннее мегабайта: вероятно, не хватает закрывающей &quot;</translation>
    </message>
    <message>
        <source>Row %1 is longer than a megabyte: this does not look like a table of leads</source>
        <translation>Строка %1 длиннее мегабайта: это не похоже на таблицу лидов</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 cells: is the delimiter right?</source>
        <translation>В строке %1 больше %2 ячеек: верен ли разделитель?</translation>
    </message>
    <message>
        <source>Row %1 is not valid %2: the file mixes encodings, or another encoding was chosen than the one it was saved in</source>
        <translation>Строка %1 — не корректный %2: в файле смешаны кодировки, или выбрана не та кодировка, в которой он сохранён</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver of Qt (qsqlite) is not installed</source>
        <translation>Драйвер SQLite для Qt (qsqlite) не установлен</translation>
    </message>
    <message>
        <source>Cannot open the workspace database %1: %2</source>
        <translation>Не удаётся открыть базу рабочего пространства %1: %2</translation>
    </message>
    <message>
        <source>The workspace %1 has schema version %2, newer than this LeadOps Console understands (%3); update the console</source>
        <translation>Рабочее пространство %1 имеет версию схемы %2, более новую, чем понимает эта LeadOps Console (%3); обновите консоль</translation>
    </message>
    <message>
        <source>The local store failed while %1: %2</source>
        <translation>Сбой локального хранилища при %1: %2</translation>
    </message>
    <message>
        <source>The workspace file %1 is damaged (%2). Nothing was written to it.</source>
        <translation>Файл рабочего пространства %1 повреждён (%2). В него ничего не записано.</translation>
    </message>
    <message>
        <source>There is no workspace file at %1</source>
        <translation>Файла рабочего пространства нет: %1</translation>
    </message>
    <message>
        <source>schema version %1 is outside 0…%2</source>
        <translation>версия схемы %1 вне диапазона 0…%2</translation>
    </message>
    <message>
        <source>The workspace %1 has schema version %2, which no LeadOps Console ever wrote: the file is damaged or not a workspace</source>
        <translation>У рабочего пространства %1 версия схемы %2, которую LeadOps Console никогда не записывал: файл повреждён или не является рабочим пространством</translation>
    </message>
    <message>
        <source>The workspace file is damaged (%1, while %2). Nothing was changed.</source>
        <translation>Файл рабочего пространства повреждён (%1, при %2). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed while %1. Free some space and try again</source>
        <translation>Диск заполнен: при %1 ничего не изменено. Освободите место и повторите</translation>
    </message>
    <message>
        <source>The workspace file is damaged: %1 %2 has an unreadable %3 (&apos;%4&apos;). Nothing was changed.</source>
        <translation>Файл рабочего пространства повреждён: у %1 %2 нечитаемое поле %3 («%4»). Ничего не изменено.</translation>
    </message>
    <message>
        <source>A change failed after it was partly written, so nothing of this transaction was kept (see the log for the failure)</source>
        <translation>Изменение не удалось после того, как было частично записано, поэтому ничего из этой транзакции не сохранено (причина — в журнале)</translation>
    </message>
    <message>
        <source>listing indexes</source>
        <translation>чтение списка индексов</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>writing demo data</source>
        <translation>записи демо-данных</translation>
    </message>
    <message>
        <source>Demo lead count %1 is out of range: expected 0 to %2</source>
        <translation>Число демо-лидов %1 вне диапазона: ожидается от 0 до %2</translation>
    </message>
    <message>
        <source>checking that the workspace is empty</source>
        <translation>проверке, что рабочее пространство пусто</translation>
    </message>
    <message>
        <source>The workspace %1 already holds data: demo data goes into an empty workspace (choose another --workspace folder)</source>
        <translation>Рабочее пространство %1 уже содержит данные: демо-данные записываются только в пустое (выберите другую папку --workspace)</translation>
    </message>
    <message>
        <source>reading the demo run</source>
        <translation>чтении хода демо-заполнения</translation>
    </message>
    <message>
        <source>reading the outbox</source>
        <translation>чтении очереди изменений</translation>
    </message>
    <message>
        <source>The workspace %1 holds an interrupted demo run and local changes made since: choose another --workspace folder</source>
        <translation>В рабочем пространстве %1 есть прерванное демо-заполнение и сделанные после него локальные изменения: выберите другую папку --workspace</translation>
    </message>
    <message>
        <source>recording the demo run</source>
        <translation>записи хода демо-заполнения</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>the workspace could not be opened</source>
        <translation>рабочее пространство не удалось открыть</translation>
    </message>
    <message>
        <source>LeadOps Console %1 (Qt %2) on %3, %4
</source>
        <translation>LeadOps Console %1 (Qt %2) на %3, %4
</translation>
    </message>
    <message>
        <source>generated %1, locale %2
</source>
        <translation>создан %1, локаль %2
</translation>
    </message>
    <message>
        <source>workspace %1, schema %2, rows %3
</source>
        <translation>рабочее пространство %1, схема %2, строк %3
</translation>
    </message>
    <message>
        <source>changes: %1 pending, %2 in conflict, %3 refused by the server; last sync %4
</source>
        <translation>изменения: в очереди %1, в конфликте %2, отклонено сервером %3; последняя синхронизация %4
</translation>
    </message>
    <message>
        <source>previous run ended cleanly: %1
</source>
        <translation>предыдущий запуск завершился корректно: %1
</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
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
запросы (этот процесс и последние %1 запусков):
</translation>
    </message>
    <message>
        <source>sync at %1: pushed %2, pulled %3, deleted %4, conflicts %5, refused %6, pending %7, %8 s
</source>
        <translation>синхронизация %1: отправлено %2, получено %3, удалено %4, конфликтов %5, отклонено %6, в очереди %7, %8 с
</translation>
    </message>
    <message>
        <source>
log %1, last %2 lines:
</source>
        <translation>
журнал %1, последние %2 строк:
</translation>
    </message>
    <message>
        <source>workspace %1: ERROR: %2
</source>
        <translation>рабочее пространство %1: ОШИБКА: %2
</translation>
    </message>
</context>
<context>
    <name>EntityKind</name>
    <message>
        <source>niches</source>
        <translation>ниши</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>кампании</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>лиды</translation>
    </message>
</context>
<context>
    <name>ImportBatchStore</name>
    <message>
        <source>recording import %1</source>
        <translation>запись импорта %1</translation>
    </message>
    <message>
        <source>reading the history of lead %1</source>
        <translation>чтение истории лида %1</translation>
    </message>
    <message>
        <source>recording lead %1 of import %2</source>
        <translation>запись лида %1 импорта %2</translation>
    </message>
    <message>
        <source>recording the undo of import %1</source>
        <translation>запись отмены импорта %1</translation>
    </message>
    <message>
        <source>reading import %1</source>
        <translation>чтение импорта %1</translation>
    </message>
    <message>
        <source>listing imports</source>
        <translation>список импортов</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
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
        <translation>Сервер прислал страницу строк, которая не является корректным JSON (%1)</translation>
    </message>
    <message>
        <source>The server sent something other than a list of rows</source>
        <translation>Сервер прислал не список строк</translation>
    </message>
    <message>
        <source>A row of the page has no text &quot;id&quot; and &quot;%1&quot;</source>
        <translation>В строке страницы нет текстовых полей &quot;id&quot; и &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Lead</name>
    <message>
        <source>A lead needs a campaign</source>
        <translation>Лиду нужна кампания</translation>
    </message>
    <message>
        <source>Lead %1 cannot be %2: status=%3, messages=%4 (rule %5: %6)</source>
        <translation>Лид %1 не может быть %2: статус=%3, сообщений=%4 (правило %5: %6)</translation>
    </message>
    <message>
        <source>marked contacted</source>
        <translation>отмечен как «связались»</translation>
    </message>
    <message>
        <source>status must be new</source>
        <translation>статус должен быть «новый»</translation>
    </message>
    <message>
        <source>given a message</source>
        <translation>получить сообщение</translation>
    </message>
    <message>
        <source>status must be new, contacted or qualifying</source>
        <translation>статус должен быть «новый», «связались» или «на квалификации»</translation>
    </message>
    <message>
        <source>moved to qualifying</source>
        <translation>переведён на квалификацию</translation>
    </message>
    <message>
        <source>status must be contacted</source>
        <translation>статус должен быть «связались»</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>оценён</translation>
    </message>
    <message>
        <source>status must be qualifying</source>
        <translation>статус должен быть «на квалификации»</translation>
    </message>
    <message>
        <source>Qualification score</source>
        <translation>Оценка квалификации</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>квалифицирован</translation>
    </message>
    <message>
        <source>status must be contacted and messages at least %1</source>
        <translation>статус должен быть «связались», а сообщений не меньше %1</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>дисквалифицирован</translation>
    </message>
    <message>
        <source>status must not be disqualified or closed</source>
        <translation>статус не должен быть «дисквалифицирован» или «закрыт»</translation>
    </message>
    <message>
        <source>Lead %1 cannot be disqualified without a reason</source>
        <translation>Лид %1 нельзя дисквалифицировать без причины</translation>
    </message>
    <message>
        <source>Disqualification reason is %1 characters long: at most %2 are kept</source>
        <translation>Причина дисквалификации длиной %1 символов: сохраняется не больше %2</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <source>status must be qualified</source>
        <translation>статус должен быть «квалифицирован»</translation>
    </message>
    <message>
        <source>Disqualification reason</source>
        <translation>Причина дисквалификации</translation>
    </message>
    <message>
        <source>The name is %1 characters long: at most %2 are allowed</source>
        <translation>Имя длиной %1 символов: допускается не больше %2</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>given a follow-up</source>
        <translation>получить напоминание</translation>
    </message>
    <message>
        <source>A follow-up at %1 is in the past: a follow-up is now or later (use &quot;now&quot; to call right away)</source>
        <translation>Напоминание на %1 — в прошлом: напоминание ставится на сейчас или позже (укажите «now», чтобы позвонить сразу)</translation>
    </message>
    <message>
        <source>The follow-up note is %1 characters long: at most %2 are allowed</source>
        <translation>Заметка к напоминанию длиной %1 символов: допускается не больше %2</translation>
    </message>
    <message>
        <source>The follow-up note</source>
        <translation>Заметка к напоминанию</translation>
    </message>
    <message>
        <source>moved back to contacted</source>
        <translation>возвращён в «связались»</translation>
    </message>
</context>
<context>
    <name>LeadExportJob</name>
    <message>
        <source>CSV, opens in Excel (*.csv)</source>
        <translation>CSV, открывается в Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the lead list</source>
        <translation>Экспорт списка лидов</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>лиды</translation>
    </message>
    <message>
        <source>%1 does not end in .csv or .xlsx: name the file with the format it should have</source>
        <translation>%1 не оканчивается на .csv или .xlsx: назовите файл по нужному формату</translation>
    </message>
    <message>
        <source>Exporting leads to %1…</source>
        <translation>Экспорт лидов в %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Exported %1 leads to %2</source>
        <translation>Экспортировано лидов: %1 в %2</translation>
    </message>
</context>
<context>
    <name>LeadExporter</name>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>О чём перезвонить</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <source>Disqualification reason</source>
        <translation>Причина дисквалификации</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>The export was canceled: %1 was not written</source>
        <translation>Экспорт отменён: %1 не записан</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>не удалось создать книгу</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 rows: filter the list, or export it as CSV</source>
        <translation>Лист XLSX вмещает не больше %1 строк: отфильтруйте список или экспортируйте его в CSV</translation>
    </message>
    <message>
        <source>the finished file could not be moved into place</source>
        <translation>готовый файл не удалось переместить на место</translation>
    </message>
</context>
<context>
    <name>LeadImporter</name>
    <message>
        <source>%1 has no rows: there is nothing to import</source>
        <translation>В %1 нет строк: импортировать нечего</translation>
    </message>
    <message>
        <source>No column holds the contact. Expected a column named like Телефон, Phone, Байланыс, Telegram or Email, or a mapping (--map contact=HEADER). The file&apos;s columns: %1</source>
        <translation>Ни в одном столбце нет контакта. Ожидался столбец вроде «Телефон», Phone, «Байланыс», Telegram или Email, либо сопоставление (--map contact=ЗАГОЛОВОК). Столбцы файла: %1</translation>
    </message>
    <message>
        <source>No campaign %1 in this workspace</source>
        <translation>В этом рабочем пространстве нет кампании %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>Choose the campaign the leads come into (--campaign ID), or the column that names it (--campaign-column HEADER)</source>
        <translation>Выберите кампанию, в которую поступают лиды (--campaign ID), или столбец с ней (--campaign-column ЗАГОЛОВОК)</translation>
    </message>
    <message>
        <source>%1 cells where the header has %2: a delimiter inside an unquoted cell?</source>
        <translation>%1 ячеек, а в заголовке %2: разделитель внутри ячейки без кавычек?</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>нет контакта</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is not one of %2</source>
        <translation>источник «%1» — не один из %2</translation>
    </message>
    <message>
        <source>date &quot;%1&quot; is not a date: expected 2026-12-06, 06.12.2026 or 06.12.2026 14:30</source>
        <translation>«%1» — не дата: ожидалось 2026-12-06, 06.12.2026 или 06.12.2026 14:30</translation>
    </message>
    <message>
        <source>date %1 is in the future</source>
        <translation>дата %1 в будущем</translation>
    </message>
    <message>
        <source>campaign &quot;%1&quot; is not in this workspace</source>
        <translation>кампании «%1» нет в этом рабочем пространстве</translation>
    </message>
    <message>
        <source>Nothing was imported: row %1 names campaign &quot;%2&quot;. %3</source>
        <translation>Ничего не импортировано: в строке %1 указана кампания «%2». %3</translation>
    </message>
    <message>
        <source>no campaign</source>
        <translation>нет кампании</translation>
    </message>
    <message>
        <source>%1 is already on row %2 of this file</source>
        <translation>%1 уже есть в строке %2 этого файла</translation>
    </message>
    <message>
        <source>%1 is already lead %2 of campaign &quot;%3&quot;</source>
        <translation>%1 уже лид %2 кампании «%3»</translation>
    </message>
    <message>
        <source>No import %1 in this workspace</source>
        <translation>В этом рабочем пространстве нет импорта %1</translation>
    </message>
    <message>
        <source>Import %1 was already undone on %2</source>
        <translation>Импорт %1 уже отменён %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %1 cannot be undone: %n of its leads changed since (%2). Change them back or remove them one by one.</source>
        <translation>
            <numerusform>Импорт %1 нельзя отменить: %n его лид с тех пор изменился (%2). Верните изменения или удалите лиды по одному.</numerusform>
            <numerusform>Импорт %1 нельзя отменить: %n его лида с тех пор изменились (%2). Верните изменения или удалите лиды по одному.</numerusform>
            <numerusform>Импорт %1 нельзя отменить: %n его лидов с тех пор изменились (%2). Верните изменения или удалите лиды по одному.</numerusform>
        </translation>
    </message>
    <message>
        <source>import %1 undone</source>
        <translation>импорт %1 отменён</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>неверная</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>дубликат</translation>
    </message>
</context>
<context>
    <name>LeadStatus</name>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Связались</translation>
    </message>
    <message>
        <source>Qualifying</source>
        <translation>На квалификации</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Квалифицирован</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Дисквалифицирован</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
</context>
<context>
    <name>LeadStore</name>
    <message>
        <source>reading lead %1</source>
        <translation>чтении лида %1</translation>
    </message>
    <message>
        <source>looking for duplicate contacts</source>
        <translation>поиске повторяющихся контактов</translation>
    </message>
    <message>
        <source>saving lead %1</source>
        <translation>сохранении лида %1</translation>
    </message>
    <message>
        <source>updating lead %1</source>
        <translation>обновлении лида %1</translation>
    </message>
    <message>
        <source>Lead %1 no longer exists in the local store</source>
        <translation>Лида %1 больше нет в локальном хранилище</translation>
    </message>
    <message>
        <source>listing leads</source>
        <translation>получении списка лидов</translation>
    </message>
    <message>
        <source>counting leads</source>
        <translation>подсчёте лидов</translation>
    </message>
    <message>
        <source>counting leads by status</source>
        <translation>подсчёте лидов по статусам</translation>
    </message>
    <message>
        <source>finding leads to auto-disqualify</source>
        <translation>поиске лидов для автодисквалификации</translation>
    </message>
    <message>
        <source>reading leads</source>
        <translation>чтении лидов</translation>
    </message>
    <message>
        <source>Lead %1, where the page should start, is not in the local store</source>
        <translation>Лида %1, с которого должна начаться страница, нет в локальном хранилище</translation>
    </message>
    <message>
        <source>searching leads</source>
        <translation>поиск лидов</translation>
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
        <translation>Название ниши должно содержать от 1 до %1 символов, получено %2</translation>
    </message>
    <message>
        <source>Niche category must have 1 to %1 characters, got %2</source>
        <translation>Категория ниши должна содержать от 1 до %1 символов, получено %2</translation>
    </message>
    <message>
        <source>Niche %1 cannot be validated: status=%2 (rule validate: status must be researching, validated or paused)</source>
        <translation>Нишу %1 нельзя проверить: статус=%2 (правило validate: статус должен быть «исследуется», «проверена» или «приостановлена»)</translation>
    </message>
    <message>
        <source>Profitability score</source>
        <translation>Оценка прибыльности</translation>
    </message>
    <message>
        <source>Competition density</source>
        <translation>Плотность конкуренции</translation>
    </message>
    <message>
        <source>Niche %1 cannot be activated: status=%2, score=%3, competition=%4 (rule can_activate: status must be validated, profitability at least %5 and competition below %6)</source>
        <translation>Нишу %1 нельзя активировать: статус=%2, оценка=%3, конкуренция=%4 (правило can_activate: статус «проверена», прибыльность не ниже %5 и конкуренция ниже %6)</translation>
    </message>
    <message>
        <source>Niche %1 is not active: status=%2 (rule pause: only an active niche can be paused)</source>
        <translation>Ниша %1 не активна: статус=%2 (правило pause: приостановить можно только активную нишу)</translation>
    </message>
    <message>
        <source>Niche %1 is already archived</source>
        <translation>Ниша %1 уже в архиве</translation>
    </message>
    <message>
        <source>Niche %1 is archived: an archived niche keeps its name and category</source>
        <translation>Ниша %1 в архиве: у архивной ниши название и категория не меняются</translation>
    </message>
    <message>
        <source>Niche name</source>
        <translation>Название ниши</translation>
    </message>
    <message>
        <source>Niche category</source>
        <translation>Категория ниши</translation>
    </message>
</context>
<context>
    <name>NicheStatus</name>
    <message>
        <source>Researching</source>
        <translation>Исследуется</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Проверена</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлена</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
</context>
<context>
    <name>NicheStore</name>
    <message>
        <source>reading niche %1</source>
        <translation>чтении ниши %1</translation>
    </message>
    <message>
        <source>saving niche %1</source>
        <translation>сохранении ниши %1</translation>
    </message>
    <message>
        <source>updating niche %1</source>
        <translation>обновлении ниши %1</translation>
    </message>
    <message>
        <source>Niche %1 no longer exists in the local store</source>
        <translation>Ниши %1 больше нет в локальном хранилище</translation>
    </message>
    <message>
        <source>listing niches</source>
        <translation>получении списка ниш</translation>
    </message>
</context>
<context>
    <name>NicheTableModel</name>
    <message>
        <source>Profitable: profitability ≥ %1 and competition &lt; %2</source>
        <translation>Прибыльна: прибыльность ≥ %1 и конкуренция &lt; %2</translation>
    </message>
    <message>
        <source>Not profitable: needs profitability ≥ %1 and competition &lt; %2</source>
        <translation>Не прибыльна: нужны прибыльность ≥ %1 и конкуренция &lt; %2</translation>
    </message>
    <message>
        <source>Niche</source>
        <translation>Ниша</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Рынок</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Прибыльность</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Конкуренция</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Проверена</translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <source>A note needs some text</source>
        <translation>В заметке нужен текст</translation>
    </message>
    <message>
        <source>The note is %1 characters long: at most %2 are kept</source>
        <translation>Заметка длиной %1 символов: сохраняется не больше %2</translation>
    </message>
    <message>
        <source>The note contains a control character (U+%1): expected text, lines and tabs</source>
        <translation>В заметке управляющий символ (U+%1): ожидаются текст, строки и табуляции</translation>
    </message>
    <message>
        <source>Note %1 is another member&apos;s: only its author can change it</source>
        <translation>Заметка %1 написана другим участником: менять её может только автор</translation>
    </message>
    <message>
        <source>Note %1 is older than %2 minutes: it is history now</source>
        <translation>Заметке %1 больше %2 минут: теперь это история</translation>
    </message>
</context>
<context>
    <name>NoteStore</name>
    <message>
        <source>reading note %1</source>
        <translation>чтение заметки %1</translation>
    </message>
    <message>
        <source>reading the notes of lead %1</source>
        <translation>чтение заметок лида %1</translation>
    </message>
    <message>
        <source>reading notes</source>
        <translation>чтение заметок</translation>
    </message>
    <message>
        <source>saving note %1</source>
        <translation>сохранение заметки %1</translation>
    </message>
    <message>
        <source>updating note %1</source>
        <translation>обновление заметки %1</translation>
    </message>
    <message>
        <source>removing note %1</source>
        <translation>удаление заметки %1</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>queueing the change of %1 for the server</source>
        <translation>постановке изменения %1 в очередь на сервер</translation>
    </message>
    <message>
        <source>reading the outbox</source>
        <translation>чтении очереди исходящих</translation>
    </message>
    <message>
        <source>removing a pushed change</source>
        <translation>удалении отправленного изменения</translation>
    </message>
    <message>
        <source>recording a conflict</source>
        <translation>записи конфликта</translation>
    </message>
    <message>
        <source>recording a refused change</source>
        <translation>записи отклонённого изменения</translation>
    </message>
    <message>
        <source>re-queueing a change</source>
        <translation>повторной постановке изменения в очередь</translation>
    </message>
    <message>
        <source>updating queued changes</source>
        <translation>обновлении изменений в очереди</translation>
    </message>
    <message>
        <source>counting queued changes</source>
        <translation>подсчёте изменений в очереди</translation>
    </message>
    <message>
        <source>re-queueing a refused change</source>
        <translation>повторная постановка отклонённого изменения в очередь</translation>
    </message>
    <message>
        <source>dropping the local changes</source>
        <translation>отбрасывании локальных изменений</translation>
    </message>
    <message>
        <source>counting the outbox</source>
        <translation>подсчёте очереди изменений</translation>
    </message>
    <message>
        <source>restoring the version a change was made from</source>
        <translation>восстановлении версии, от которой сделано изменение</translation>
    </message>
    <message>
        <source>queueing a change again</source>
        <translation>повторной постановке изменения в очередь</translation>
    </message>
</context>
<context>
    <name>Ownership</name>
    <message>
        <source>Lead %1 is %2&apos;s: only they can change it or hand it over</source>
        <translation>Лид %1 закреплён за %2: менять его или передавать может только он(а)</translation>
    </message>
    <message>
        <source>Lead %1 cannot be assigned to %2: no such member in the team (the team comes from the server with each sync)</source>
        <translation>Лида %1 нельзя назначить на %2: такого участника в команде нет (команда приходит с сервера при каждой синхронизации)</translation>
    </message>
    <message>
        <source>Lead %1 cannot be assigned to %2: only an active sales manager of the team owns leads</source>
        <translation>Лида %1 нельзя назначить на %2: ответственным может быть только активный менеджер по продажам команды</translation>
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
        <translation>Сессию нельзя обновить: войдите снова</translation>
    </message>
    <message>
        <source>Refusing to %1 %2 without a filter: it would change every row</source>
        <translation>Отказ: %1 %2 без фильтра изменил бы все строки</translation>
    </message>
    <message>
        <source>The session expired and could not be refreshed: %1</source>
        <translation>Сессия истекла, и её не удалось обновить: %1</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time (%2 s)</source>
        <translation>Сервер %1 не ответил вовремя (%2 с)</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Не удаётся связаться с сервером %1: %2</translation>
    </message>
    <message>
        <source>Your role may not do this: </source>
        <translation>Ваша роль не позволяет это сделать: </translation>
    </message>
    <message>
        <source>Not signed in, or the session expired: </source>
        <translation>Вход не выполнен или сессия истекла: </translation>
    </message>
    <message>
        <source> (HTTP %1 from %2)</source>
        <translation> (HTTP %1 от %2)</translation>
    </message>
    <message>
        <source> (HTTP %1, code %2)</source>
        <translation> (HTTP %1, код %2)</translation>
    </message>
    <message>
        <source>The server at %1 sent a response that is not valid JSON (%2 at byte %3 of %4): the connection may have been cut</source>
        <translation>Сервер %1 прислал ответ, который не является корректным JSON (%2 на байте %3 из %4): возможно, соединение оборвалось</translation>
    </message>
    <message>
        <source>The server at %1 sent a response that is not valid JSON (%2): the connection may have been cut</source>
        <translation>Сервер %1 прислал ответ, который не является корректным JSON (%2): возможно, соединение оборвалось</translation>
    </message>
    <message>
        <source>The server at %1 did not complete the answer within %2 s; the request was given up</source>
        <translation>Сервер %1 не завершил ответ за %2 с; запрос прерван</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer of %2 MB or more, larger than the %3 MB this console reads; it was cut off</source>
        <translation>Сервер %1 прислал ответ размером %2 МБ или больше — больше %3 МБ, которые читает консоль; он прерван</translation>
    </message>
    <message>
        <source>The session could not be refreshed: %1</source>
        <translation>Не удалось обновить сессию: %1</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Disqualify %1 leads</source>
        <translation>Дисквалифицировать лиды: %1</translation>
    </message>
    <message>
        <source>Disqualify lead</source>
        <translation>Дисквалифицировать лид</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Нет бюджета</translation>
    </message>
    <message>
        <source>Wrong city</source>
        <translation>Не тот город</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Не заинтересован</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Недоступен</translation>
    </message>
    <message>
        <source>Duplicate request</source>
        <translation>Повторная заявка</translation>
    </message>
    <message>
        <source>Not a customer</source>
        <translation>Не клиент</translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation>Выберите или введите причину</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>A reason is required: choose one from the list or type your own.</source>
        <translation>Нужна причина: выберите из списка или введите свою.</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Кампания:</translation>
    </message>
    <message>
        <source>Validate niche</source>
        <translation>Проверка ниши</translation>
    </message>
    <message>
        <source>Can be activated; profitable.</source>
        <translation>Можно активировать; прибыльна.</translation>
    </message>
    <message>
        <source>Can be activated; not profitable (competition ≥ %1).</source>
        <translation>Можно активировать; не прибыльна (конкуренция ≥ %1).</translation>
    </message>
    <message>
        <source>Cannot be activated: needs profitability ≥ %1 and competition &lt; %2.</source>
        <translation>Нельзя активировать: нужны прибыльность ≥ %1 и конкуренция &lt; %2.</translation>
    </message>
    <message>
        <source>Niche:</source>
        <translation>Ниша:</translation>
    </message>
    <message>
        <source>Profitability (≥ %1):</source>
        <translation>Прибыльность (≥ %1):</translation>
    </message>
    <message>
        <source>Competition (&lt; %1):</source>
        <translation>Конкуренция (&lt; %1):</translation>
    </message>
    <message>
        <source>New niche</source>
        <translation>Новая ниша</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Market:</source>
        <translation>Рынок:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Новая кампания</translation>
    </message>
    <message>
        <source>tenge, e.g. 500000</source>
        <translation>тенге, например 500000</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Площадка:</translation>
    </message>
    <message>
        <source>Budget, ₸:</source>
        <translation>Бюджет, ₸:</translation>
    </message>
    <message>
        <source>Create a niche first: every campaign belongs to one.</source>
        <translation>Сначала создайте нишу: каждая кампания относится к нише.</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <source>+7 701 123 45 67, @handle or name@example.kz</source>
        <translation>+7 701 123 45 67, @handle или name@example.kz</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Контакт:</translation>
    </message>
    <message>
        <source>Create a campaign first: every lead comes from one.</source>
        <translation>Сначала создайте кампанию: каждый лид приходит из кампании.</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Изменить кампанию</translation>
    </message>
    <message>
        <source>Spent, ₸:</source>
        <translation>Потрачено, ₸:</translation>
    </message>
    <message>
        <source>Edit niche</source>
        <translation>Изменить нишу</translation>
    </message>
    <message>
        <source>optional: the person or the company</source>
        <translation>необязательно: человек или компания</translation>
    </message>
    <message>
        <source>Name of %1</source>
        <translation>Имя для %1</translation>
    </message>
    <message>
        <source>the person or the company; empty removes the name</source>
        <translation>человек или компания; пустое поле убирает имя</translation>
    </message>
    <message>
        <source>Assign %1 leads</source>
        <translation>Назначить %1 лидов</translation>
    </message>
    <message>
        <source>Assign lead</source>
        <translation>Назначить лида</translation>
    </message>
    <message>
        <source>Nobody: back to the queue</source>
        <translation>Никому: вернуть в общую очередь</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>No sales manager in the team yet: the team comes from the server with each sync.</source>
        <translation>В команде пока нет менеджеров по продажам: команда приходит с сервера при каждой синхронизации.</translation>
    </message>
    <message>
        <source>Follow up %1</source>
        <translation>Перезвонить %1</translation>
    </message>
    <message>
        <source>optional: what the call is about</source>
        <translation>необязательно: о чём звонок</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <source>That time is in the past: a follow-up is now or later.</source>
        <translation>Это время уже прошло: напоминание ставится на сейчас или позже.</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Заметка: %1</translation>
    </message>
    <message>
        <source>Correct the note on %1</source>
        <translation>Исправить заметку: %1</translation>
    </message>
    <message>
        <source>What was said, what was agreed (up to %1 characters)</source>
        <translation>Что сказали, о чём договорились (до %1 символов)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Текст заметки</translation>
    </message>
</context>
<context>
    <name>PulledRowStore</name>
    <message>
        <source>saving the sync watermark</source>
        <translation>сохранении отметки синхронизации</translation>
    </message>
    <message>
        <source>keeping a row to ask the server for again</source>
        <translation>сохранение строки для повторного запроса к серверу</translation>
    </message>
</context>
<context>
    <name>RestRepository</name>
    <message>
        <source>No %1 with id %2 on the server (or your role may not see it)</source>
        <translation>Нет %1 с id %2 на сервере (или ваша роль его не видит)</translation>
    </message>
    <message>
        <source>The server did not send a list of %1 rows</source>
        <translation>Сервер не прислал список строк %1</translation>
    </message>
    <message>
        <source>No %1 was changed on the server (id %2): it does not exist, or your role may not change it</source>
        <translation>На сервере не изменено ни одного %1 (id %2): его нет, или ваша роль не может его изменить</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Sales manager</source>
        <translation>Менеджер по продажам</translation>
    </message>
    <message>
        <source>Marketer</source>
        <translation>Маркетолог</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Аналитик</translation>
    </message>
</context>
<context>
    <name>RowReader</name>
    <message>
        <source>The server sent a %1 row that this console cannot read: field &apos;%2&apos; is %3, expected %4</source>
        <translation>Сервер прислал строку %1, которую консоль не может прочитать: поле «%2» — %3, ожидается %4</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>text or null</source>
        <translation>текст или null</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>an ISO-8601 timestamp</source>
        <translation>метка времени ISO-8601</translation>
    </message>
    <message>
        <source>text of %1 to %2 characters</source>
        <translation>текст длиной от %1 до %2 символов</translation>
    </message>
    <message>
        <source>text of at least %1 characters</source>
        <translation>текст длиной не менее %1 символов</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>число от %1 до %2</translation>
    </message>
    <message>
        <source>a number of at least %1</source>
        <translation>число не меньше %1</translation>
    </message>
    <message>
        <source>an amount from 0 to 1000000000000</source>
        <translation>сумма от 0 до 1000000000000</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>updating the search index</source>
        <translation>обновление поискового индекса</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The OS keychain is not available (%1: %2); nothing was saved. On Linux a Secret Service (GNOME Keyring or KWallet) must be running and unlocked.</source>
        <translation>Связка ключей ОС недоступна (%1: %2); ничего не сохранено. В Linux должна работать и быть разблокирована служба Secret Service (GNOME Keyring или KWallet).</translation>
    </message>
    <message>
        <source>OS keychain (%1)</source>
        <translation>связка ключей ОС (%1)</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>записи %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>чтении %1</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>удалении %1</translation>
    </message>
    <message>
        <source>memory of this process only</source>
        <translation>только память этого процесса</translation>
    </message>
    <message>
        <source>The secret %1 is %2 bytes; the OS keychain keeps at most %3 bytes per item (Windows&apos; limit); nothing was saved</source>
        <translation>Секрет %1 занимает %2 байт; системное хранилище ключей держит не больше %3 байт на запись (предел Windows); ничего не сохранено</translation>
    </message>
</context>
<context>
    <name>ServerHistory</name>
    <message>
        <source>reading where the server&apos;s history was pulled to</source>
        <translation>чтении позиции загрузки истории сервера</translation>
    </message>
    <message>
        <source>storing the server&apos;s history</source>
        <translation>сохранении истории сервера</translation>
    </message>
    <message>
        <source>The server&apos;s history has a row this console cannot read: %1</source>
        <translation>В истории сервера есть строка, которую консоль не может прочитать: %1</translation>
    </message>
</context>
<context>
    <name>ServerRowWriter</name>
    <message>
        <source>storing a row from the server</source>
        <translation>сохранении строки с сервера</translation>
    </message>
    <message>
        <source>removing a row the server deleted</source>
        <translation>удалении строки, удалённой на сервере</translation>
    </message>
    <message>
        <source>The server sent a page of %1 rows that is not valid JSON (%2)</source>
        <translation>Сервер прислал страницу строк %1, которая не является корректным JSON (%2)</translation>
    </message>
    <message>
        <source>The server sent something other than a list of %1 rows</source>
        <translation>Сервер прислал не список строк %1</translation>
    </message>
    <message>
        <source>The server sent a %1 row without a text &quot;id&quot;: %2</source>
        <translation>Сервер прислал строку %1 без текстового поля «id»: %2</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>%1 id &apos;%2&apos; is not valid: expected a UUID such as 0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b</source>
        <translation>ID %1 «%2» недопустим: ожидается UUID, например 0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b</translation>
    </message>
    <message>
        <source>No %1 with id %2</source>
        <translation>Нет %1 с id %2</translation>
    </message>
</context>
<context>
    <name>SpendEntry</name>
    <message>
        <source>The spend note is %1 characters long: at most %2 are kept</source>
        <translation>Примечание к расходу длиной %1 символов: сохраняется не более %2</translation>
    </message>
    <message>
        <source>Spend note</source>
        <translation>Примечание к расходу</translation>
    </message>
</context>
<context>
    <name>SpendLedgerModel</name>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>On this computer only</source>
        <translation>Только на этом компьютере</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Ждёт синхронизации</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Spent after</source>
        <translation>Израсходовано после</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кто записал</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Reverses a spend</source>
        <translation>Сторнирует расход</translation>
    </message>
    <message>
        <source>Reverses the spend of %1</source>
        <translation>Сторнирует расход от %1</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Сторнирован</translation>
    </message>
    <message>
        <source>Completed the campaign</source>
        <translation>Завершил кампанию</translation>
    </message>
    <message>
        <source>Campaign back to %1</source>
        <translation>Кампания снова: %1</translation>
    </message>
    <message>
        <source>Refused by the server: see File ▸ Sync conflicts</source>
        <translation>Отклонено сервером: см. Файл ▸ Конфликты синхронизации</translation>
    </message>
    <message>
        <source>In conflict: see File ▸ Sync conflicts</source>
        <translation>Конфликт: см. Файл ▸ Конфликты синхронизации</translation>
    </message>
</context>
<context>
    <name>SpendPrompts</name>
    <message>
        <source>Optional: invoice number, what it paid for</source>
        <translation>Необязательно: номер счёта, за что оплачено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Record spend</source>
        <translation>Записать расход</translation>
    </message>
    <message>
        <source>e.g. 25000 or 2500.50</source>
        <translation>например 25000 или 2500.50</translation>
    </message>
    <message>
        <source>Amount in tenge</source>
        <translation>Сумма в тенге</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Кампания:</translation>
    </message>
    <message>
        <source>Spent so far:</source>
        <translation>Уже израсходовано:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Amount, ₸:</source>
        <translation>Сумма, ₸:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>Spend must be a positive amount; a mistaken spend is reversed in the ledger.</source>
        <translation>Расход должен быть положительной суммой; ошибочный расход сторнируется в журнале.</translation>
    </message>
    <message>
        <source>Spend past the budget</source>
        <translation>Расход сверх бюджета</translation>
    </message>
    <message>
        <source>%1

Record it anyway? The campaign is then completed.</source>
        <translation>%1

Всё равно записать? Тогда кампания будет завершена.</translation>
    </message>
    <message>
        <source>Reverse spend</source>
        <translation>Сторнировать расход</translation>
    </message>
    <message>
        <source>Optional: why, e.g. typed one zero too many</source>
        <translation>Необязательно: почему, например лишний ноль</translation>
    </message>
    <message>
        <source>Takes the spend of %1 recorded on %2 off campaign %3: spent goes from %4 to %5.</source>
        <translation>Снимает расход %1, записанный %2, с кампании %3: израсходовано станет %5 вместо %4.</translation>
    </message>
    <message>
        <source>This spend completed the campaign: it returns to %1.</source>
        <translation>Этот расход завершил кампанию: она вернётся в статус «%1».</translation>
    </message>
    <message>
        <source>The campaign stays %1.</source>
        <translation>Кампания останется в статусе «%1».</translation>
    </message>
</context>
<context>
    <name>SpendStore</name>
    <message>
        <source>reading spend entry %1</source>
        <translation>чтение записи расхода %1</translation>
    </message>
    <message>
        <source>reading the corrections of spend entry %1</source>
        <translation>чтение исправлений записи расхода %1</translation>
    </message>
    <message>
        <source>reading the spend ledger of campaign %1</source>
        <translation>чтение журнала расходов кампании %1</translation>
    </message>
    <message>
        <source>saving spend entry %1</source>
        <translation>сохранение записи расхода %1</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>reading the sync watermark</source>
        <translation>чтении отметки синхронизации</translation>
    </message>
    <message>
        <source>reading the local store</source>
        <translation>чтении локального хранилища</translation>
    </message>
    <message>
        <source>Sync cancelled; the pages pulled so far are kept</source>
        <translation>Синхронизация отменена; уже полученные страницы сохранены</translation>
    </message>
    <message>
        <source>%1 %2 is not on the server: it was deleted there, never reached it, or your role may not see it</source>
        <translation>%1 %2 нет на сервере: его там удалили, он туда не попал, или ваша роль его не видит</translation>
    </message>
    <message>
        <source>recording the server version</source>
        <translation>записи версии сервера</translation>
    </message>
    <message>
        <source>dropping the local changes</source>
        <translation>отбрасывании локальных изменений</translation>
    </message>
    <message>
        <source>The server did not send a list of %1 rows: %2</source>
        <translation>Сервер не прислал список строк %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s sync horizon is not a timestamp: %1</source>
        <translation>Горизонт синхронизации сервера — не метка времени: %1</translation>
    </message>
    <message>
        <source>starting the first pull</source>
        <translation>начало первой загрузки</translation>
    </message>
    <message>
        <source>ending the first pull</source>
        <translation>завершение первой загрузки</translation>
    </message>
    <message>
        <source>reading the rows to ask the server for again</source>
        <translation>чтение строк для повторного запроса к серверу</translation>
    </message>
    <message>
        <source>forgetting a row asked for again</source>
        <translation>удаление повторно запрошенной строки из очереди</translation>
    </message>
    <message>
        <source>counting the rows that refer to a refused row</source>
        <translation>подсчёт строк, ссылающихся на отклонённую строку</translation>
    </message>
    <message>
        <source>The %1 %2 never reached the server and %3 local %4 refer to it; resolve their changes first</source>
        <translation>%1 %2 так и не попал на сервер, и на него ссылаются локальные строки (%3, %4); сначала разрешите их изменения</translation>
    </message>
    <message>
        <source>removing a row the server never accepted</source>
        <translation>удаление строки, которую сервер так и не принял</translation>
    </message>
    <message>
        <source>keeping a row to ask the server for again</source>
        <translation>сохранение строки для повторного запроса к серверу</translation>
    </message>
    <message>
        <source>No conflict or refused change with id %1</source>
        <translation>Нет конфликта или отклонённого изменения с идентификатором %1</translation>
    </message>
    <message>
        <source>Your role (%1) cannot change %2 %3: the server kept its row. Drop the change, or ask a colleague whose role may change it</source>
        <translation>Ваша роль (%1) не может изменять %2 %3: сервер оставил свою строку. Отмените изменение или попросите коллегу, чья роль это позволяет</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The server&apos;s team list is not readable: %1</source>
        <translation>Список команды с сервера не читается: %1</translation>
    </message>
    <message>
        <source>reading the server version of %1</source>
        <translation>чтение серверной версии %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer to changed_since is not a yes or no</source>
        <translation>Ответ сервера на changed_since — не «да» и не «нет»</translation>
    </message>
</context>
<context>
    <name>SyncLock</name>
    <message>
        <source>Another sync of this workspace is running (process %1); this one waited %2 s. Try again when it has ended</source>
        <translation>Уже идёт другая синхронизация этого рабочего пространства (процесс %1); эта ждала %2 с. Повторите, когда она завершится</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 — папка, а не файл</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import</source>
        <translation>%1 пуст: импортировать нечего</translation>
    </message>
    <message>
        <source>%1 is a password-protected workbook or an old Excel 97-2003 (.xls) file. Remove the password, or save it as .xlsx or CSV, in Excel or LibreOffice, and import that file.</source>
        <translation>%1 — книга с паролем или старый файл Excel 97-2003 (.xls). Снимите пароль или сохраните её как .xlsx или CSV в Excel или LibreOffice и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>%1 is not a text table (it holds binary data). Expected a CSV or TSV text file, or an .xlsx workbook.</source>
        <translation>%1 — не текстовая таблица (в нём двоичные данные). Ожидался текстовый файл CSV или TSV либо книга .xlsx.</translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <source>reading the team</source>
        <translation>чтение команды</translation>
    </message>
    <message>
        <source>replacing the team</source>
        <translation>замена команды</translation>
    </message>
    <message>
        <source>saving team member %1</source>
        <translation>сохранение участника команды %1</translation>
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
        <translation>Windows-1251 (кириллица)</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Amount &apos;%1&apos; is not a number of tenge: expected digits with at most two decimals, as in 150000 or 2500.50</source>
        <translation>Сумма «%1» — не число тенге: ожидаются цифры с не более чем двумя знаками после точки, например 150000 или 2500.50</translation>
    </message>
    <message>
        <source>Amount &apos;%1&apos; is too large: at most 1000000000000 tenge</source>
        <translation>Сумма «%1» слишком велика: не больше 1000000000000 тенге</translation>
    </message>
    <message>
        <source>%1 must lie between 0 and 1 inclusive, got %2</source>
        <translation>%1 должна быть от 0 до 1 включительно, получено %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number: expected a decimal between 0 and 1, as in 0.75</source>
        <translation>%1 «%2» — не число: ожидается десятичное число от 0 до 1, например 0.75</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not valid: expected a whole number from 1 to %3</source>
        <translation>%1 «%2» недопустимо: ожидается целое число от 1 до %3</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2 at position %3): only printable text on one line is allowed</source>
        <translation>%1 содержит управляющий символ (U+%2 в позиции %3): допускается только печатный текст в одну строку</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot create the workspace folder %1</source>
        <translation>Не удаётся создать папку рабочего пространства %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>Cannot move the workspace from %1 to %2: move the folder by hand, or start with --workspace %1</source>
        <translation>Не удаётся перенести рабочее пространство из %1 в %2: перенесите папку вручную или запустите с --workspace %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceOwner</name>
    <message>
        <source>reading whose workspace this is</source>
        <translation>чтении владельца рабочего пространства</translation>
    </message>
    <message>
        <source>This workspace belongs to %1 at %2; %3 at %4 gets a workspace of their own, so that one user&apos;s changes are never sent under another&apos;s name</source>
        <translation>Это рабочее пространство принадлежит %1 в %2; для %3 в %4 создаётся отдельное рабочее пространство, чтобы изменения одного пользователя никогда не отправлялись от имени другого</translation>
    </message>
    <message>
        <source>recording whose workspace this is</source>
        <translation>записи владельца рабочего пространства</translation>
    </message>
</context>
<context>
    <name>WorkspaceRebuild</name>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>файл не открывается: %1</translation>
    </message>
    <message numerus="yes">
        <source>the list of changes is damaged after %n change(s): %1</source>
        <translation>
            <numerusform>список изменений повреждён после %n изменения: %1</numerusform>
            <numerusform>список изменений повреждён после %n изменений: %1</numerusform>
            <numerusform>список изменений повреждён после %n изменений: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>change %1: %2</source>
        <translation>изменение %1: %2</translation>
    </message>
    <message>
        <source>change %1: its content is damaged</source>
        <translation>изменение %1: его содержимое повреждено</translation>
    </message>
    <message>
        <source>There is no workspace file at %1</source>
        <translation>Файла рабочего пространства нет: %1</translation>
    </message>
    <message>
        <source>Cannot move the damaged file %1 aside to %2</source>
        <translation>Не удаётся переместить повреждённый файл %1 в %2</translation>
    </message>
    <message>
        <source>change %1 (%2 %3): %4</source>
        <translation>изменение %1 (%2 %3): %4</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The XLSX file is damaged or not a workbook: %1. Open it in Excel or LibreOffice and save it again, or save it as CSV.</source>
        <translation>Файл XLSX повреждён или не является книгой: %1. Откройте его в Excel или LibreOffice и сохраните заново или сохраните как CSV.</translation>
    </message>
    <message>
        <source>its zip directory cannot be read</source>
        <translation>его zip-оглавление не читается</translation>
    </message>
    <message>
        <source>part %1 cannot be read</source>
        <translation>часть %1 не читается</translation>
    </message>
    <message>
        <source>The workbook is encrypted: remove its password in Excel or LibreOffice, save it, and import that file.</source>
        <translation>Книга зашифрована: снимите пароль в Excel или LibreOffice, сохраните и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>part %1 is larger than %2 MB</source>
        <translation>часть %1 больше %2 МБ</translation>
    </message>
    <message>
        <source>part %1 cannot be opened</source>
        <translation>часть %1 не открывается</translation>
    </message>
    <message>
        <source>part %1 is cut short or fails its checksum</source>
        <translation>часть %1 обрезана или не сходится контрольная сумма</translation>
    </message>
    <message>
        <source>its shared strings: %1</source>
        <translation>его общие строки: %1</translation>
    </message>
    <message>
        <source>its styles: %1</source>
        <translation>его стили: %1</translation>
    </message>
    <message>
        <source>it has no xl/workbook.xml</source>
        <translation>в нём нет xl/workbook.xml</translation>
    </message>
    <message>
        <source>its workbook part: %1</source>
        <translation>его часть workbook: %1</translation>
    </message>
    <message>
        <source>it has no worksheet</source>
        <translation>в нём нет листа</translation>
    </message>
    <message>
        <source>its first worksheet is not listed in the workbook&apos;s relationships</source>
        <translation>его первый лист не указан в связях книги</translation>
    </message>
    <message>
        <source>part %1 is missing</source>
        <translation>нет части %1</translation>
    </message>
    <message>
        <source>the sheet&apos;s compressed data is damaged</source>
        <translation>сжатые данные листа повреждены</translation>
    </message>
    <message>
        <source>the sheet near row %1: %2</source>
        <translation>лист около строки %1: %2</translation>
    </message>
    <message>
        <source>row %1 has a cell beyond column XFD</source>
        <translation>в строке %1 ячейка за столбцом XFD</translation>
    </message>
</context>
<context>
    <name>leadops::AccountController</name>
    <message>
        <source>Signed out</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>%1 · no role</source>
        <translation>%1 · без роли</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Paste the project&apos;s anon (publishable) key: Supabase shows it under Project Settings ▸ API</source>
        <translation>Вставьте anon-ключ (publishable) проекта: Supabase показывает его в Project Settings ▸ API</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 недоступен: %2</translation>
    </message>
    <message>
        <source>The project refused the key (HTTP %1): copy the anon (publishable) key again from Project Settings ▸ API</source>
        <translation>Проект отклонил ключ (HTTP %1): скопируйте anon-ключ (publishable) заново из Project Settings ▸ API</translation>
    </message>
    <message>
        <source>%1 does not answer like a Supabase project (HTTP %2 at /rest/v1/): check the project URL</source>
        <translation>%1 отвечает не как проект Supabase (HTTP %2 на /rest/v1/): проверьте URL проекта</translation>
    </message>
    <message>
        <source>Supabase Auth of %1 does not answer: %2</source>
        <translation>Supabase Auth проекта %1 не отвечает: %2</translation>
    </message>
    <message>
        <source>Connect to your team&apos;s Supabase project first</source>
        <translation>Сначала подключитесь к проекту Supabase вашей команды</translation>
    </message>
    <message>
        <source>Signed in, but the session cannot be kept: %1</source>
        <translation>Вход выполнен, но сессию не удаётся сохранить: %1</translation>
    </message>
    <message>
        <source>Type the e-mail address you sign in with first</source>
        <translation>Сначала введите e-mail, с которым вы входите</translation>
    </message>
</context>
<context>
    <name>leadops::AnalyticsPane</name>
    <message>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Все рынки</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Save the chart on screen as PNG, PDF or SVG, or its data as CSV</source>
        <translation>Сохранить график на экране в PNG, PDF или SVG, либо его данные в CSV</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>Изображение (PNG)…</translation>
    </message>
    <message>
        <source>Document (PDF)…</source>
        <translation>Документ (PDF)…</translation>
    </message>
    <message>
        <source>Vector image (SVG)…</source>
        <translation>Векторное изображение (SVG)…</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>Данные (CSV)…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Click a stage to list its leads</source>
        <translation>Щёлкните этап, чтобы увидеть его лиды</translation>
    </message>
    <message>
        <source>Qualification funnel</source>
        <translation>Воронка квалификации</translation>
    </message>
    <message>
        <source>Budget and pacing</source>
        <translation>Бюджет и темп расходов</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s): %1 spent of %2, %3 remaining</source>
        <translation>
            <numerusform>%n кампания: потрачено %1 из %2, осталось %3</numerusform>
            <numerusform>%n кампании: потрачено %1 из %2, осталось %3</numerusform>
            <numerusform>%n кампаний: потрачено %1 из %2, осталось %3</numerusform>
        </translation>
    </message>
    <message>
        <source> · running campaigns run out of budget on %1 at the current pace</source>
        <translation> · при текущем темпе бюджет запущенных кампаний закончится %1</translation>
    </message>
    <message>
        <source>Analytics updated in %1 ms</source>
        <translation>Аналитика обновлена за %1 мс</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Файлы %1 (*.%2)</translation>
    </message>
    <message>
        <source> · %1 per lead</source>
        <translation> · %1 за лид</translation>
    </message>
    <message>
        <source>Saved %1 as %2</source>
        <translation>Сохранено: %1 (%2)</translation>
    </message>
    <message>
        <source>By source and campaign</source>
        <translation>По источникам и кампаниям</translation>
    </message>
    <message>
        <source>Weekly conversion</source>
        <translation>Конверсия по неделям</translation>
    </message>
    <message>
        <source>Funnel by source</source>
        <translation>Воронка по источникам</translation>
    </message>
    <message>
        <source>Funnel by campaign</source>
        <translation>Воронка по кампаниям</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Фильтр по источнику</translation>
    </message>
    <message>
        <source>Market filter</source>
        <translation>Фильтр по рынку</translation>
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
        <translation>Кампания %1 превысила %2 % бюджета</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) have passed %1 % of their budget: %2</source>
        <translation>
            <numerusform>%n кампания превысила %1 % бюджета: %2</numerusform>
            <numerusform>%n кампании превысили %1 % бюджета: %2</numerusform>
            <numerusform>%n кампаний превысили %1 % бюджета: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadops::CampaignCombo</name>
    <message>
        <source>All campaigns</source>
        <translation>Все кампании</translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation>Фильтр по кампании</translation>
    </message>
</context>
<context>
    <name>leadops::CampaignService</name>
    <message>
        <source>campaign</source>
        <translation>кампания</translation>
    </message>
    <message>
        <source>niche</source>
        <translation>ниша</translation>
    </message>
    <message>
        <source>No niche with id %1</source>
        <translation>Нет ниши с id %1</translation>
    </message>
    <message>
        <source>Niche %1 is archived: campaigns cannot be created for an archived niche</source>
        <translation>Ниша %1 в архиве: для архивной ниши нельзя создавать кампании</translation>
    </message>
    <message>
        <source>spend entry</source>
        <translation>запись расхода</translation>
    </message>
    <message>
        <source>Campaign %1 has no spend entry %2</source>
        <translation>У кампании %1 нет записи расхода %2</translation>
    </message>
</context>
<context>
    <name>leadops::CampaignsPane</name>
    <message>
        <source>New campaign…</source>
        <translation>Новая кампания…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 запущена</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Приостановить</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 приостановлена</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Возобновить</translation>
    </message>
    <message>
        <source>%1 resumed</source>
        <translation>%1 возобновлена</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 завершена</translation>
    </message>
    <message>
        <source>Record spend…</source>
        <translation>Записать расход…</translation>
    </message>
    <message>
        <source>Spend recorded for %1</source>
        <translation>Расход записан для %1</translation>
    </message>
    <message>
        <source>Select a campaign first</source>
        <translation>Сначала выберите кампанию</translation>
    </message>
    <message>
        <source>Start the campaign</source>
        <translation>Запустить кампанию</translation>
    </message>
    <message>
        <source>Pause the campaign</source>
        <translation>Приостановить кампанию</translation>
    </message>
    <message>
        <source>Resume the campaign</source>
        <translation>Возобновить кампанию</translation>
    </message>
    <message>
        <source>Complete the campaign</source>
        <translation>Завершить кампанию</translation>
    </message>
    <message>
        <source>Record spend in tenge</source>
        <translation>Записать расход в тенге</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation>%1 сохранено</translation>
    </message>
    <message>
        <source>Rename the campaign or change its budget</source>
        <translation>Переименовать кампанию или изменить её бюджет</translation>
    </message>
    <message>
        <source>Create a draft campaign for a niche</source>
        <translation>Создать черновик кампании для ниши</translation>
    </message>
    <message>
        <source>Select a campaign to see its details and history.</source>
        <translation>Выберите кампанию, чтобы увидеть её данные и историю.</translation>
    </message>
    <message>
        <source>Niche</source>
        <translation>Ниша</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Потрачено</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Запущена</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Spend ledger…</source>
        <translation>Журнал расходов…</translation>
    </message>
    <message>
        <source>Every spend and correction of the campaign, and who recorded it</source>
        <translation>Все расходы и исправления кампании и кто их записал</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
</context>
<context>
    <name>leadops::ConflictsDialog</name>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Mine (local)</source>
        <translation>Моё (локально)</translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation>Их (сервер)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Оставить их</translation>
    </message>
    <message>
        <source>Re-apply the local change on top of the server&apos;s version at the next sync</source>
        <translation>Повторно применить локальное изменение поверх версии сервера при следующей синхронизации</translation>
    </message>
    <message>
        <source>Take the server&apos;s row and drop the local change</source>
        <translation>Взять строку сервера и отбросить локальное изменение</translation>
    </message>
    <message>
        <source>Sync conflicts and refused changes</source>
        <translation>Конфликты синхронизации и отклонённые изменения</translation>
    </message>
    <message>
        <source>Nothing to resolve: every local change reached the server or is waiting to.</source>
        <translation>Разрешать нечего: каждое локальное изменение дошло до сервера или ждёт отправки.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Отклонено: %1</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Конфликт: %1</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>Сервер отклонил это изменение: %1</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <source>Drop mine</source>
        <translation>Отбросить моё</translation>
    </message>
    <message>
        <source>Send the change again at the next sync, once the cause has gone</source>
        <translation>Отправить изменение снова при следующей синхронизации, когда причина устранена</translation>
    </message>
    <message>
        <source>Remove the row here: it never reached the server</source>
        <translation>Удалить строку здесь: она так и не попала на сервер</translation>
    </message>
    <message>
        <source>Drop the local change; the server&apos;s row comes back with the next sync</source>
        <translation>Отбросить локальное изменение; строка сервера вернётся при следующей синхронизации</translation>
    </message>
    <message>
        <source>Changes in conflict or refused</source>
        <translation>Изменения в конфликте или отклонённые</translation>
    </message>
    <message>
        <source>Fields: yours and the server&apos;s</source>
        <translation>Поля: ваши и на сервере</translation>
    </message>
</context>
<context>
    <name>leadops::ConnectDialog</name>
    <message>
        <source>Connect to your team</source>
        <translation>Подключение к команде</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <source>Your team&apos;s data lives in a Supabase project. Paste its URL and its anon (publishable) key from Project Settings ▸ API. The key is kept in the system&apos;s keychain.</source>
        <translation>Данные вашей команды хранятся в проекте Supabase. Вставьте его URL и anon-ключ (publishable) из Project Settings ▸ API. Ключ хранится в системной связке ключей.</translation>
    </message>
    <message>
        <source>Project URL</source>
        <translation>URL проекта</translation>
    </message>
    <message>
        <source>Project &amp;URL:</source>
        <translation>&amp;URL проекта:</translation>
    </message>
    <message>
        <source>Anon key</source>
        <translation>Anon-ключ</translation>
    </message>
    <message>
        <source>Anon &amp;key:</source>
        <translation>Anon-&amp;ключ:</translation>
    </message>
    <message>
        <source>Allow an unencrypted http:// address on another computer (a trusted network only: the key and passwords travel in the clear)</source>
        <translation>Разрешить незашифрованный адрес http:// на другом компьютере (только в доверенной сети: ключ и пароли передаются открытым текстом)</translation>
    </message>
    <message>
        <source>Checking the project…</source>
        <translation>Проверка проекта…</translation>
    </message>
</context>
<context>
    <name>leadops::DamagedWorkspaceDialog</name>
    <message>
        <source>The workspace is damaged</source>
        <translation>Рабочее пространство повреждено</translation>
    </message>
    <message>
        <source>The workspace file in %1 is damaged. Nothing was written to it, and no list will be shown from it: it could be incomplete.</source>
        <translation>Файл рабочего пространства в %1 повреждён. В него ничего не записано, и списки из него не показываются: они могли бы быть неполными.</translation>
    </message>
    <message>
        <source>A workspace synced with your team&apos;s project can be rebuilt from the server: the damaged file is kept beside it, every row is pulled again, and every change not yet sent that can still be read is queued again.</source>
        <translation>Рабочее пространство, синхронизированное с проектом команды, можно восстановить с сервера: повреждённый файл сохраняется рядом, все строки загружаются заново, а каждое ещё не отправленное изменение, которое удаётся прочитать, снова ставится в очередь.</translation>
    </message>
    <message>
        <source>Rebuild from the server</source>
        <translation>Восстановить с сервера</translation>
    </message>
    <message>
        <source>Rebuild the workspace from the server</source>
        <translation>Восстановить рабочее пространство с сервера</translation>
    </message>
    <message>
        <source>The workspace cannot be rebuilt: %1

A workspace that was never synced exists nowhere else; keep the folder %2 for support.</source>
        <translation>Рабочее пространство нельзя восстановить: %1

Несинхронизированное рабочее пространство больше нигде не хранится; сохраните папку %2 для поддержки.</translation>
    </message>
    <message>
        <source>The rebuild did not complete: %1</source>
        <translation>Восстановление не завершилось: %1</translation>
    </message>
    <message>
        <source>Rebuilt: %1 rows pulled from the server, %2 unsent change(s) queued again. The damaged file is kept as %3.</source>
        <translation>Восстановлено: %1 строк загружено с сервера, %2 неотправленных изменений снова в очереди. Повреждённый файл сохранён как %3.</translation>
    </message>
    <message>
        <source>Could not be recovered:</source>
        <translation>Не удалось восстановить:</translation>
    </message>
    <message>
        <source>The workspace was rebuilt</source>
        <translation>Рабочее пространство восстановлено</translation>
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
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
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
        <translation>Макс. мс</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Байты</translation>
    </message>
    <message>
        <source>this window</source>
        <translation>это окно</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Секунды</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>Синхронизации</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Копировать отчёт</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Сохранить отчёт…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation>Текст (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <source>The report could not be written to %1</source>
        <translation>Отчёт не удалось записать в %1</translation>
    </message>
    <message>
        <source>Recent log</source>
        <translation>Последние записи журнала</translation>
    </message>
</context>
<context>
    <name>leadops::HealthCheck</name>
    <message>
        <source>%1 %2: %3 server error(s)</source>
        <translation>%1 %2: ошибок сервера — %3</translation>
    </message>
    <message>
        <source>No backend is configured</source>
        <translation>Сервер не настроен</translation>
    </message>
    <message>
        <source>The last run met server errors: %1</source>
        <translation>В последнем запуске были ошибки сервера: %1</translation>
    </message>
    <message>
        <source>The REST API answers with HTTP %1</source>
        <translation>REST API отвечает HTTP %1</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s off the server&apos;s: tokens may be refused</source>
        <translation>Часы этого компьютера расходятся с сервером на %1 с: токены могут отклоняться</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>The session expired</source>
        <translation>Сессия истекла</translation>
    </message>
    <message>
        <source>The REST API at %1 cannot be reached: %2</source>
        <translation>REST API по адресу %1 недоступен: %2</translation>
    </message>
    <message>
        <source>Supabase Auth is not healthy: %1</source>
        <translation>Supabase Auth работает с ошибками: %1</translation>
    </message>
    <message>
        <source>The server refused the session&apos;s token (HTTP 401): sign in again</source>
        <translation>Сервер отклонил токен сеанса (HTTP 401): войдите снова</translation>
    </message>
    <message>
        <source>The session is invalid: its access token cannot be read; sign in again</source>
        <translation>Сеанс недействителен: его токен доступа не читается; войдите снова</translation>
    </message>
</context>
<context>
    <name>leadops::HistoryPanel</name>
    <message>
        <source>Details and history</source>
        <translation>Данные и история</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Spend recorded</source>
        <translation>Записан расход</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Запущено</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Возобновлено</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Активировано</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Пока ничего не записано</translation>
    </message>
    <message>
        <source>%1, on the server</source>
        <translation>%1, на сервере</translation>
    </message>
    <message>
        <source>Spend reversed</source>
        <translation>Расход сторнирован</translation>
    </message>
</context>
<context>
    <name>leadops::ImportWizard</name>
    <message>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <source>A CSV or TSV text file (as Excel, Google Sheets, OLX, Kaspi or Satu save them) or an Excel workbook (.xlsx). The first row names the columns.</source>
        <translation>Текстовый файл CSV или TSV (как их сохраняют Excel, Google Таблицы, OLX, Kaspi или Satu) или книга Excel (.xlsx). В первой строке — названия столбцов.</translation>
    </message>
    <message>
        <source>Path to a .csv, .tsv, .txt or .xlsx file</source>
        <translation>Путь к файлу .csv, .tsv, .txt или .xlsx</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Определить</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Точка с запятой (;)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Запятая (,)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Импорт лидов</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Таблицы (*.csv *.tsv *.txt *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Сопоставьте столбцы</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Into &amp;campaign:</source>
        <translation>В &amp;кампанию:</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Give them the file&apos;s name and note</source>
        <translation>Дать им имя и заметку из файла</translation>
    </message>
    <message>
        <source>Contacts already in the campaign</source>
        <translation>Контакты, уже бывшие в кампании</translation>
    </message>
    <message>
        <source>Contacts already in the campaign:</source>
        <translation>Контакты, уже бывшие в кампании:</translation>
    </message>
    <message>
        <source>Import the valid rows when some are invalid (the summary lists every skipped row)</source>
        <translation>Импортировать верные строки, если есть неверные (в сводке будет каждая пропущенная строка)</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>— choose a campaign —</source>
        <translation>— выберите кампанию —</translation>
    </message>
    <message>
        <source>As the Campaign column says</source>
        <translation>Как указано в столбце «Кампания»</translation>
    </message>
    <message>
        <source>Choose the column that holds the contact (a phone, Telegram handle or e-mail).</source>
        <translation>Выберите столбец с контактом (телефон, Telegram или e-mail).</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is chosen twice: a column feeds one field.</source>
        <translation>Столбец «%1» выбран дважды: столбец заполняет одно поле.</translation>
    </message>
    <message>
        <source>Choose the campaign the leads come into.</source>
        <translation>Выберите кампанию, в которую поступят лиды.</translation>
    </message>
    <message>
        <source>Choose the column that names the campaign, or one campaign for every row.</source>
        <translation>Выберите столбец с кампанией или одну кампанию для всех строк.</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Проверьте перед импортом</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Проверка файла</translation>
    </message>
    <message>
        <source>Rows that will not be imported</source>
        <translation>Строки, которые не будут импортированы</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>&amp;Save this list as CSV…</source>
        <translation>&amp;Сохранить этот список в CSV…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>Определить (%1)</translation>
    </message>
    <message>
        <source>Reading the whole file…</source>
        <translation>Чтение всего файла…</translation>
    </message>
    <message>
        <source>Importing… Cancel stops it, and nothing is kept.</source>
        <translation>Импорт… «Отмена» остановит его, и ничего не сохранится.</translation>
    </message>
    <message>
        <source>%1 rows read: &lt;b&gt;%2 new leads&lt;/b&gt;, %3 existing leads updated, %4 duplicates, %5 invalid rows.</source>
        <translation>Прочитано строк: %1. &lt;b&gt;Новых лидов: %2&lt;/b&gt;, обновлено существующих: %3, дубликатов: %4, неверных строк: %5.</translation>
    </message>
    <message>
        <source>Nothing can be imported while rows are invalid: correct them in the file, or go back and choose to import the valid rows.</source>
        <translation>Пока есть неверные строки, импортировать нельзя: исправьте их в файле или вернитесь и выберите импорт верных строк.</translation>
    </message>
    <message>
        <source>Press Import to write them. The import can be undone in one step (File ▸ Undo import…) while none of its leads has changed.</source>
        <translation>Нажмите «Импортировать», чтобы записать их. Импорт отменяется одним шагом (Файл ▸ Отменить импорт…), пока ни один его лид не изменился.</translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation>Нового для импорта нет.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>Canceled: nothing was imported.</source>
        <translation>Отменено: ничего не импортировано.</translation>
    </message>
    <message>
        <source>Imported %1 new leads and updated %2. They are in the outbox and reach the server with the next sync. To take the whole file back: File ▸ Undo import…</source>
        <translation>Импортировано новых лидов: %1, обновлено: %2. Они в очереди на отправку и попадут на сервер при следующей синхронизации. Чтобы отменить весь файл: Файл ▸ Отменить импорт…</translation>
    </message>
    <message>
        <source>Nothing was imported: the file changed since it was checked. Run the import again.</source>
        <translation>Ничего не импортировано: файл изменился после проверки. Запустите импорт снова.</translation>
    </message>
    <message>
        <source>Save the rows that will not be imported</source>
        <translation>Сохранить строки, которые не будут импортированы</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-проблемы</translation>
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
        <translation>Импорты</translation>
    </message>
    <message>
        <source>Imports, newest first</source>
        <translation>Импорты, сначала новые</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Новых лидов</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Undoing an import removes the leads it created and gives back the names it changed, while none of them has changed since. Notes it added to leads that were already there stay.</source>
        <translation>Отмена импорта удаляет созданные им лиды и возвращает изменённые им имена, пока ни один из них не изменился. Заметки, добавленные к уже существовавшим лидам, остаются.</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Remove the %1 leads imported from %2?</source>
        <translation>Удалить лиды (%1), импортированные из %2?</translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation>отменён %1</translation>
    </message>
    <message>
        <source>imported by %1</source>
        <translation>импортировал %1</translation>
    </message>
    <message>
        <source>Import undone: %1 leads removed, %2 names given back.</source>
        <translation>Импорт отменён: удалено лидов %1, возвращено имён %2.</translation>
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
        <translation>кампания</translation>
    </message>
    <message>
        <source>No campaign with id %1</source>
        <translation>Нет кампании с id %1</translation>
    </message>
    <message>
        <source>Contact %1 is already lead %2 of campaign %3 (status %4): a contact is unique within a campaign</source>
        <translation>Контакт %1 уже является лидом %2 кампании %3 (статус %4): контакт уникален в пределах кампании</translation>
    </message>
    <message>
        <source>Sign in to your team to take leads: a lead belongs to a team member</source>
        <translation>Войдите в команду, чтобы брать лидов: лид закрепляется за участником команды</translation>
    </message>
    <message>
        <source>Sign in to your team to write notes: a note has an author</source>
        <translation>Войдите в команду, чтобы писать заметки: у заметки есть автор</translation>
    </message>
    <message>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <source>No note with id %1</source>
        <translation>Нет заметки с id %1</translation>
    </message>
    <message>
        <source>A lead&apos;s creation time must be a valid time no later than now (got %1)</source>
        <translation>Время создания лида должно быть корректным и не позже текущего (получено %1)</translation>
    </message>
</context>
<context>
    <name>leadops::LeadTableModel</name>
    <message>
        <source>Disqualified: %1</source>
        <translation>Дисквалифицирован: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Перезвонить</translation>
    </message>
</context>
<context>
    <name>leadops::LeadsPane</name>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Все рынки</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Связались</translation>
    </message>
    <message>
        <source>%1 marked contacted</source>
        <translation>%1 отмечен как «связались»</translation>
    </message>
    <message>
        <source>+ Message</source>
        <translation>+ Сообщение</translation>
    </message>
    <message>
        <source>Message recorded for %1</source>
        <translation>Сообщение записано для %1</translation>
    </message>
    <message>
        <source>Start qualifying</source>
        <translation>На квалификацию</translation>
    </message>
    <message>
        <source>%1 is in qualification</source>
        <translation>%1 на квалификации</translation>
    </message>
    <message>
        <source>Qualify…</source>
        <translation>Квалифицировать…</translation>
    </message>
    <message>
        <source>Disqualify…</source>
        <translation>Дисквалифицировать…</translation>
    </message>
    <message>
        <source>Close (hand off)</source>
        <translation>Закрыть (передать)</translation>
    </message>
    <message>
        <source>%1 handed off to sales</source>
        <translation>%1 передан в продажи</translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation>Новый лид…</translation>
    </message>
    <message>
        <source>Auto-disqualify…</source>
        <translation>Автодисквалификация…</translation>
    </message>
    <message>
        <source>Next lead</source>
        <translation>Следующий лид</translation>
    </message>
    <message>
        <source>Previous lead</source>
        <translation>Предыдущий лид</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n лид</numerusform>
            <numerusform>%n лида</numerusform>
            <numerusform>%n лидов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All statuses (%1)</source>
        <translation>Все статусы (%1)</translation>
    </message>
    <message>
        <source>Select a lead first</source>
        <translation>Сначала выберите лид</translation>
    </message>
    <message>
        <source>Mark the lead as contacted</source>
        <translation>Отметить, что с лидом связались</translation>
    </message>
    <message>
        <source>Record one message exchanged with the lead</source>
        <translation>Записать одно сообщение, которым обменялись с лидом</translation>
    </message>
    <message>
        <source>Qualify the lead with a score from 0 to 1</source>
        <translation>Квалифицировать лид с оценкой от 0 до 1</translation>
    </message>
    <message>
        <source>Hand the qualified lead off to sales</source>
        <translation>Передать квалифицированный лид в продажи</translation>
    </message>
    <message>
        <source>Disqualify the selected leads with a reason</source>
        <translation>Дисквалифицировать выбранные лиды с причиной</translation>
    </message>
    <message>
        <source>Select a lead to see its details and history.</source>
        <translation>Выберите лид, чтобы увидеть подробности и историю.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Квалифицирован</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Дисквалифицирован</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Qualify lead</source>
        <translation>Квалификация лида</translation>
    </message>
    <message>
        <source>Score for %1:</source>
        <translation>Оценка для %1:</translation>
    </message>
    <message>
        <source>%1 qualified with score %2</source>
        <translation>%1 квалифицирован с оценкой %2</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) disqualified</source>
        <translation>
            <numerusform>%n лид дисквалифицирован</numerusform>
            <numerusform>%n лида дисквалифицированы</numerusform>
            <numerusform>%n лидов дисквалифицированы</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-disqualify</source>
        <translation>Автодисквалификация</translation>
    </message>
    <message>
        <source>No lead is in qualification with more than %1 messages and a score below %2.</source>
        <translation>Нет лидов на квалификации с более чем %1 сообщениями и оценкой ниже %2.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) in qualification have more than %1 messages and a score below %2:</source>
        <translation>
            <numerusform>%n лид на квалификации имеет более %1 сообщений и оценку ниже %2:</numerusform>
            <numerusform>%n лида на квалификации имеют более %1 сообщений и оценку ниже %2:</numerusform>
            <numerusform>%n лидов на квалификации имеют более %1 сообщений и оценку ниже %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>Disqualify them as &quot;Auto-disqualified: low engagement&quot;?</source>
        <translation>Дисквалифицировать их с причиной «Auto-disqualified: low engagement»?</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) auto-disqualified</source>
        <translation>
            <numerusform>%n лид автоматически дисквалифицирован</numerusform>
            <numerusform>%n лида автоматически дисквалифицированы</numerusform>
            <numerusform>%n лидов автоматически дисквалифицированы</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy contact</source>
        <translation>Копировать контакт</translation>
    </message>
    <message>
        <source>%1 copied</source>
        <translation>%1 скопирован</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation>Открыть контакт</translation>
    </message>
    <message>
        <source>Qualify with score %1</source>
        <translation>Квалифицировать с оценкой %1</translation>
    </message>
    <message>
        <source>Copy the contact to the clipboard</source>
        <translation>Скопировать контакт в буфер обмена</translation>
    </message>
    <message>
        <source>Call, write in Telegram or e-mail the lead</source>
        <translation>Позвонить лиду, написать в Telegram или на e-mail</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>— not scored yet</source>
        <translation>— ещё без оценки</translation>
    </message>
    <message>
        <source>Add a lead to a campaign</source>
        <translation>Добавить лид в кампанию</translation>
    </message>
    <message>
        <source>Disqualify qualifying leads with more than %1 messages and a score below %2</source>
        <translation>Дисквалифицировать лиды на квалификации с более чем %1 сообщениями и оценкой ниже %2</translation>
    </message>
    <message>
        <source>Search contact or name: phone digits, @handle, e-mail or a name</source>
        <translation>Поиск по контакту или имени: цифры телефона, @ник, e-mail или имя</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>Имя…</translation>
    </message>
    <message>
        <source>Name the lead: the person or the company behind the contact</source>
        <translation>Дать лиду имя: человек или компания за контактом</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Взять</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Назначить…</translation>
    </message>
    <message>
        <source>Sign in to your team first: leads belong to team members</source>
        <translation>Сначала войдите в команду: лиды закрепляются за участниками команды</translation>
    </message>
    <message>
        <source>Take the selected leads: they become yours</source>
        <translation>Взять выбранных лидов: они станут вашими</translation>
    </message>
    <message>
        <source>The lead is yours already</source>
        <translation>Этот лид уже ваш</translation>
    </message>
    <message>
        <source>Give the selected leads to a sales manager, or back to the queue</source>
        <translation>Передать выбранных лидов менеджеру по продажам или вернуть в общую очередь</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>— unassigned</source>
        <translation>— не назначен</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) back in the queue</source>
        <translation>
            <numerusform>%n лид возвращён в общую очередь</numerusform>
            <numerusform>%n лида возвращены в общую очередь</numerusform>
            <numerusform>%n лидов возвращены в общую очередь</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned to %1</source>
        <translation>
            <numerusform>%n лид назначен: %1</numerusform>
            <numerusform>%n лида назначены: %1</numerusform>
            <numerusform>%n лидов назначены: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All follow-ups</source>
        <translation>Все напоминания</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>На сегодня</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>Перезвонить…</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>Отложить на 1 час</translation>
    </message>
    <message>
        <source>Snooze until tomorrow 9:00</source>
        <translation>Отложить до завтра 9:00</translation>
    </message>
    <message>
        <source>Clear follow-up</source>
        <translation>Снять напоминание</translation>
    </message>
    <message>
        <source>Follow-up of %1 cleared</source>
        <translation>Напоминание для %1 снято</translation>
    </message>
    <message>
        <source>Set when to call the lead back</source>
        <translation>Назначить, когда перезвонить лиду</translation>
    </message>
    <message>
        <source>The lead has no follow-up</source>
        <translation>У лида нет напоминания</translation>
    </message>
    <message>
        <source>Move the follow-up one hour from now</source>
        <translation>Перенести напоминание на час вперёд</translation>
    </message>
    <message>
        <source>Move the follow-up to tomorrow at 9:00</source>
        <translation>Перенести напоминание на завтра 9:00</translation>
    </message>
    <message>
        <source>Remove the follow-up</source>
        <translation>Снять напоминание</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <source>%1: follow up %2</source>
        <translation>%1: перезвонить %2</translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>На сегодня (%1)</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Просрочено (%1)</translation>
    </message>
    <message>
        <source>Message recorded</source>
        <translation>Сообщение записано</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Оценён</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Назван</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Назначен</translation>
    </message>
    <message>
        <source>Follow-up set</source>
        <translation>Назначен звонок</translation>
    </message>
    <message>
        <source>Follow-up cleared</source>
        <translation>Звонок снят</translation>
    </message>
    <message>
        <source>+ Note…</source>
        <translation>+ Заметка…</translation>
    </message>
    <message>
        <source>Note added to %1</source>
        <translation>Заметка добавлена: %1</translation>
    </message>
    <message>
        <source>Write down what the lead said</source>
        <translation>Записать, что сказал лид</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>исправить</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>удалить</translation>
    </message>
    <message>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Note removed</source>
        <translation>Заметка удалена</translation>
    </message>
    <message>
        <source>Note corrected</source>
        <translation>Заметка исправлена</translation>
    </message>
    <message>
        <source>The leads of one number of the funnel. Click to show all leads again.</source>
        <translation>Лиды одного числа воронки. Нажмите, чтобы снова показать всех лидов.</translation>
    </message>
    <message>
        <source>Funnel: reached %1 ✕</source>
        <translation>Воронка: дошли до «%1» ✕</translation>
    </message>
    <message>
        <source>Funnel: disqualified from %1 ✕</source>
        <translation>Воронка: дисквалифицированы на этапе «%1» ✕</translation>
    </message>
    <message>
        <source>Back to contacted</source>
        <translation>Назад в «связались»</translation>
    </message>
    <message>
        <source>%1 is back in contacted</source>
        <translation>%1 снова в «связались»</translation>
    </message>
    <message>
        <source>Move the lead into qualification: provisional scoring, where a lead with more than 10 messages and a score under 0.3 is disqualified automatically. From there a lead is disqualified, or goes back to contacted to be qualified</source>
        <translation>Перевести лида в квалификацию: предварительная оценка, где лид с более чем 10 сообщениями и оценкой ниже 0,3 дисквалифицируется автоматически. Оттуда лида дисквалифицируют или возвращают в «связались», чтобы квалифицировать</translation>
    </message>
    <message>
        <source>Move the lead back to contacted, so that it can be qualified; its provisional score is dropped (the history keeps it)</source>
        <translation>Вернуть лида в «связались», чтобы его можно было квалифицировать; предварительная оценка сбрасывается (история её хранит)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Поиск лидов</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Фильтр по источнику</translation>
    </message>
    <message>
        <source>Market filter</source>
        <translation>Фильтр по рынку</translation>
    </message>
    <message>
        <source>Follow-up filter</source>
        <translation>Фильтр по напоминаниям</translation>
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
        <translation>&amp;Ниши</translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation>&amp;Кампании</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>&amp;Лиды</translation>
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
        <translation>&amp;Экспорт графика…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Ниши</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Аналитика</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Диагностика…</translation>
    </message>
    <message>
        <source>&amp;About LeadOps Console</source>
        <translation>&amp;О программе LeadOps Console</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ещё не проверено</translation>
    </message>
    <message>
        <source>Local workspace: %1</source>
        <translation>Локальное рабочее пространство: %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>С проблемами</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Выход выполнен</translation>
    </message>
    <message>
        <source>Local workspace</source>
        <translation>Локальное пространство</translation>
    </message>
    <message>
        <source>The backend answers normally</source>
        <translation>Сервер отвечает нормально</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <source>Cancel s&amp;ync</source>
        <translation>&amp;Отменить синхронизацию</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Syncing %1: %2 rows</source>
        <translation>Синхронизация %1: %2 строк</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Синхронизировано %1</translation>
    </message>
    <message>
        <source>pushed %1, pulled %2, pending %3</source>
        <translation>отправлено %1, получено %2, в очереди %3</translation>
    </message>
    <message>
        <source>Offline: changes wait</source>
        <translation>Не в сети: изменения ждут</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Синхронизация не удалась</translation>
    </message>
    <message>
        <source> · %1 pending</source>
        <translation> · в очереди %1</translation>
    </message>
    <message>
        <source>About LeadOps Console</source>
        <translation>О программе LeadOps Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LeadOps Console %1&lt;/h3&gt;&lt;p&gt;Lead qualification, campaigns and niches for a lead-generation business in Kazakhstan.&lt;/p&gt;&lt;p&gt;Qt %2 · workspace %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LeadOps Console %1&lt;/h3&gt;&lt;p&gt;Квалификация лидов, кампании и ниши для бизнеса лидогенерации в Казахстане.&lt;/p&gt;&lt;p&gt;Qt %2 · рабочее пространство %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the sync; the pages pulled so far are kept</source>
        <translation>Остановить синхронизацию; уже полученные страницы сохранятся</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>лиды</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>кампании</translation>
    </message>
    <message>
        <source>niches</source>
        <translation>ниши</translation>
    </message>
    <message>
        <source>Syncing %1: %2 of about %3</source>
        <translation>Синхронизация (%1): %2 из примерно %3</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts and refused changes…</source>
        <translation>&amp;Конфликты синхронизации и отклонённые изменения…</translation>
    </message>
    <message>
        <source> · %1 conflict(s), %2 refused: File ▸ Sync conflicts</source>
        <translation> · конфликтов: %1, отклонено: %2 — Файл ▸ Конфликты синхронизации</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Отклонено сервером: %1</translation>
    </message>
    <message>
        <source>Check the &amp;workspace file…</source>
        <translation>Проверить &amp;файл рабочего пространства…</translation>
    </message>
    <message>
        <source>Checking the workspace file…</source>
        <translation>Проверка файла рабочего пространства…</translation>
    </message>
    <message>
        <source>Workspace check</source>
        <translation>Проверка рабочего пространства</translation>
    </message>
    <message>
        <source>The workspace file is healthy.</source>
        <translation>Файл рабочего пространства исправен.</translation>
    </message>
    <message>
        <source>The workspace file is damaged. Close the console: at the next start it offers to rebuild the workspace from the server.</source>
        <translation>Файл рабочего пространства повреждён. Закройте консоль: при следующем запуске она предложит восстановить рабочее пространство с сервера.</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Учётная запись</translation>
    </message>
    <message>
        <source>&amp;Connect to your team…</source>
        <translation>&amp;Подключиться к команде…</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <source>Not connected to a team: everything stays on this computer</source>
        <translation>Нет подключения к команде: всё остаётся на этом компьютере</translation>
    </message>
    <message>
        <source>Signed out: changes wait here until you sign in again</source>
        <translation>Вход не выполнен: изменения ждут здесь, пока вы не войдёте снова</translation>
    </message>
    <message>
        <source>Your role can read everything and change nothing</source>
        <translation>Ваша роль может всё читать и ничего не изменять</translation>
    </message>
    <message>
        <source>Your role can change: %1</source>
        <translation>Ваша роль может изменять: %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Подключено к %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Вход выполнен: %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выход</translation>
    </message>
    <message numerus="yes">
        <source>Signed out. %n change(s) wait here and are sent after the next sign-in.</source>
        <translation>
            <numerusform>Выход выполнен. %n изменение ждёт здесь и будет отправлено после следующего входа.</numerusform>
            <numerusform>Выход выполнен. %n изменения ждут здесь и будут отправлены после следующего входа.</numerusform>
            <numerusform>Выход выполнен. %n изменений ждут здесь и будут отправлены после следующего входа.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out. Nothing waits to be sent.</source>
        <translation>Выход выполнен. Отправлять нечего.</translation>
    </message>
    <message>
        <source>Making demo data…</source>
        <translation>Создание демо-данных…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демо-данные</translation>
    </message>
    <message>
        <source>Demo data: %1 niches, %2 campaigns, %3 leads</source>
        <translation>Демо-данные: ниш %1, кампаний %2, лидов %3</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Войти снова…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message numerus="yes">
        <source>Your session has ended: %1. You can keep working; %n change(s) wait here until you sign in again.</source>
        <translation>
            <numerusform>Сессия завершена: %1. Можно продолжать работу; %n изменение ждёт здесь, пока вы не войдёте снова.</numerusform>
            <numerusform>Сессия завершена: %1. Можно продолжать работу; %n изменения ждут здесь, пока вы не войдёте снова.</numerusform>
            <numerusform>Сессия завершена: %1. Можно продолжать работу; %n изменений ждут здесь, пока вы не войдёте снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1. This workspace is another user&apos;s; opening yours…</source>
        <translation>Вы вошли как %1. Это рабочее пространство другого пользователя; открываем ваше…</translation>
    </message>
    <message>
        <source>Time to call back %1</source>
        <translation>Пора перезвонить: %1</translation>
    </message>
    <message>
        <source>Time to call back %1: %2</source>
        <translation>Пора перезвонить: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Time to call back %1 and %n more</source>
        <translation>
            <numerusform>Пора перезвонить: %1 и ещё %n</numerusform>
            <numerusform>Пора перезвонить: %1 и ещё %n</numerusform>
            <numerusform>Пора перезвонить: %1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Пора перезвонить</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>&amp;Команда…</translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation>&amp;Импорт лидов…</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>&amp;Отменить импорт…</translation>
    </message>
    <message>
        <source>Export the lead &amp;list…</source>
        <translation>Экспорт &amp;списка лидов…</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Импорт лидов</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>leadops::NicheService</name>
    <message>
        <source>niche</source>
        <translation>ниша</translation>
    </message>
</context>
<context>
    <name>leadops::NichesPane</name>
    <message>
        <source>New niche…</source>
        <translation>Новая ниша…</translation>
    </message>
    <message>
        <source>Validate…</source>
        <translation>Проверить…</translation>
    </message>
    <message>
        <source>%1 validated</source>
        <translation>%1 проверена</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Активировать</translation>
    </message>
    <message>
        <source>%1 activated</source>
        <translation>%1 активирована</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Приостановить</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 приостановлена</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>%1 archived</source>
        <translation>%1 в архиве</translation>
    </message>
    <message>
        <source>Select a niche first</source>
        <translation>Сначала выберите нишу</translation>
    </message>
    <message>
        <source>Record profitability and competition</source>
        <translation>Записать прибыльность и конкуренцию</translation>
    </message>
    <message>
        <source>Activate the niche</source>
        <translation>Активировать нишу</translation>
    </message>
    <message>
        <source>Pause the niche</source>
        <translation>Приостановить нишу</translation>
    </message>
    <message>
        <source>Archive the niche</source>
        <translation>Отправить нишу в архив</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation>%1 сохранено</translation>
    </message>
    <message>
        <source>Rename the niche or change its category</source>
        <translation>Переименовать нишу или изменить её категорию</translation>
    </message>
    <message>
        <source>Start researching a niche</source>
        <translation>Начать исследование ниши</translation>
    </message>
    <message>
        <source>Select a niche to see its details and history.</source>
        <translation>Выберите нишу, чтобы увидеть её данные и историю.</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Рынок</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Доходность</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Конкуренция</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Ниши</translation>
    </message>
</context>
<context>
    <name>leadops::OwnerCombo</name>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <source>My queue (mine and unassigned)</source>
        <translation>Моя очередь (мои и без ответственного)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Без ответственного</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (неактивен)</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Фильтр по ответственному</translation>
    </message>
</context>
<context>
    <name>leadops::PeriodPicker</name>
    <message>
        <source>All time</source>
        <translation>Всё время</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day (included)</source>
        <translation>Последний день (включительно)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
</context>
<context>
    <name>leadops::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>The language changes the next time LeadOps Console starts. The command line option --lang overrides it.</source>
        <translation>Язык сменится при следующем запуске LeadOps Console. Параметр командной строки --lang имеет приоритет.</translation>
    </message>
</context>
<context>
    <name>leadops::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Проект: %1</translation>
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
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>&amp;Забыли пароль?</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1. This computer&apos;s clock is %n minute(s) off the server&apos;s: set it, or the session will seem to end too early or too late.</source>
        <translation>
            <numerusform>Вход выполнен: %1. Часы этого компьютера расходятся с сервером на %n минуту: настройте их, иначе сессия будет казаться завершённой слишком рано или слишком поздно.</numerusform>
            <numerusform>Вход выполнен: %1. Часы этого компьютера расходятся с сервером на %n минуты: настройте их, иначе сессия будет казаться завершённой слишком рано или слишком поздно.</numerusform>
            <numerusform>Вход выполнен: %1. Часы этого компьютера расходятся с сервером на %n минут: настройте их, иначе сессия будет казаться завершённой слишком рано или слишком поздно.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking for a recovery e-mail…</source>
        <translation>Запрос письма для восстановления…</translation>
    </message>
    <message>
        <source>If %1 has an account, a link to set a new password is on its way: check your e-mail.</source>
        <translation>Если у %1 есть учётная запись, ссылка для нового пароля уже в пути: проверьте почту.</translation>
    </message>
</context>
<context>
    <name>leadops::SpendLedgerDialog</name>
    <message>
        <source>Spend ledger</source>
        <translation>Журнал расходов</translation>
    </message>
    <message>
        <source>&amp;Record spend…</source>
        <translation>&amp;Записать расход…</translation>
    </message>
    <message>
        <source>Re&amp;verse entry…</source>
        <translation>&amp;Сторнировать запись…</translation>
    </message>
    <message>
        <source>Spend ledger — %1</source>
        <translation>Журнал расходов — %1</translation>
    </message>
    <message>
        <source>%1: spent %2 of %3 (%4 %), %5 remaining.</source>
        <translation>%1: израсходовано %2 из %3 (%4 %), осталось %5.</translation>
    </message>
    <message>
        <source>%1 of it was recorded before the ledger, without entries.</source>
        <translation>Из них %1 записано до появления журнала, без записей.</translation>
    </message>
    <message>
        <source>Record a spend in tenge as a new entry</source>
        <translation>Записать расход в тенге новой записью</translation>
    </message>
    <message>
        <source>Select a spend to reverse</source>
        <translation>Выберите расход для сторнирования</translation>
    </message>
    <message>
        <source>Take this spend off with a correction entry</source>
        <translation>Снять этот расход записью-исправлением</translation>
    </message>
    <message>
        <source>Spend recorded: spent is now %1.</source>
        <translation>Расход записан: израсходовано %1.</translation>
    </message>
    <message>
        <source>Reversed: spent is now %1, the campaign is %2.</source>
        <translation>Сторнировано: израсходовано %1, кампания — %2.</translation>
    </message>
</context>
<context>
    <name>leadops::SyncController</name>
    <message>
        <source>This computer has no network connection</source>
        <translation>У этого компьютера нет сетевого подключения</translation>
    </message>
</context>
<context>
    <name>leadops::TablePane</name>
    <message>
        <source>Not allowed</source>
        <translation>Не разрешено</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Другие действия</translation>
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
        <translation>Команды здесь пока нет: она приходит с сервера при каждой синхронизации. Подключитесь и войдите в команду (меню «Учётная запись»).</translation>
    </message>
    <message>
        <source>Members join by signing in and syncing; the project&apos;s administrator decides who is active. Leads go to active sales managers.</source>
        <translation>Участники появляются, когда входят и синхронизируются; кто активен, решает администратор проекта. Лиды назначаются активным менеджерам по продажам.</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Участники команды</translation>
    </message>
</context>
<context>
    <name>leadops::TeamTableModel</name>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Left the team</source>
        <translation>Покинул команду</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>leadops::UserGuideDialog</name>
    <message>
        <source>LeadOps Console — user guide</source>
        <translation>LeadOps Console — руководство пользователя</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>leadops::WelcomeDialog</name>
    <message>
        <source>Welcome to LeadOps Console</source>
        <translation>Добро пожаловать в LeadOps Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome&lt;/h3&gt;&lt;p&gt;This workspace is empty. How would you like to start?&lt;/p&gt;&lt;p&gt;You can change this later in the Account menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Добро пожаловать&lt;/h3&gt;&lt;p&gt;Это рабочее пространство пусто. С чего начнём?&lt;/p&gt;&lt;p&gt;Позже это можно изменить в меню «Учётная запись».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect to your team (Supabase)</source>
        <translation>Подключиться к команде (Supabase)</translation>
    </message>
    <message>
        <source>Sign in to your team&apos;s project: leads, campaigns and niches are shared and synced.</source>
        <translation>Войдите в проект вашей команды: лиды, кампании и ниши общие и синхронизируются.</translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation>Посмотреть на демо-данных</translation>
    </message>
    <message>
        <source>Fill this workspace with realistic demo niches, campaigns and leads to try the console.</source>
        <translation>Заполнить рабочее пространство реалистичными демо-нишами, кампаниями и лидами, чтобы попробовать консоль.</translation>
    </message>
    <message>
        <source>Work locally only</source>
        <translation>Работать только локально</translation>
    </message>
    <message>
        <source>Keep everything on this computer, without a team or a server.</source>
        <translation>Хранить всё на этом компьютере, без команды и сервера.</translation>
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
        <translation>Папка рабочего пространства.</translation>
    </message>
    <message>
        <source>Language: ru, kk or en.</source>
        <translation>Язык: ru, kk или en.</translation>
    </message>
    <message>
        <source>Fill an empty workspace with demo data.</source>
        <translation>Заполнить пустое рабочее пространство демо-данными.</translation>
    </message>
    <message>
        <source>LeadOps Console did not close cleanly last time. Nothing committed to the workspace is lost. A report for support: leadops --workspace &quot;%1&quot; diagnostics</source>
        <translation>LeadOps Console в прошлый раз закрылась некорректно. Всё, что было сохранено в рабочем пространстве, на месте. Отчёт для поддержки: leadops --workspace &quot;%1&quot; diagnostics</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: expected ru, kk or en; the system language is used</source>
        <translation>Неизвестный язык «%1»: ожидается ru, kk или en; используется язык системы</translation>
    </message>
    <message>
        <source>--workspace is empty: give the workspace folder</source>
        <translation>--workspace пуст: укажите папку рабочего пространства</translation>
    </message>
</context>
</TS>
