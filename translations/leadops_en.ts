<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Actor</name>
    <message>
        <source>Your account has no role in this project, so it can&apos;t change %1: ask the project&apos;s administrator for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) is not one this console knows, so it can&apos;t change %2: expected sales_manager, marketer or analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) can&apos;t change %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the qualification funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summing campaign budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading campaign budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading campaign names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the weekly conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the spend ledger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicWrite</name>
    <message>
        <source>%1 is not a regular file (a folder, a device, a pipe or a socket): give the name of a file to create or replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: %1 was not written (nothing was left behind). Free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>recording the history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the history of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthClient</name>
    <message>
        <source>Supabase Auth answered without the expected tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach Supabase Auth at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase Auth refused: %1 (HTTP %2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase Auth at %1 did not complete the answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase Auth at %1 sent more than %2 KB; the answer was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail or the password is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This e-mail address is not confirmed yet: open the link in the confirmation e-mail, then sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended (signed out elsewhere or expired): sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts: wait %n second(s), then try again</source>
        <translation>
            <numerusform>Too many attempts: wait %n second, then try again</numerusform>
            <numerusform>Too many attempts: wait %n seconds, then try again</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts: wait a minute, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase Auth has a server error (HTTP %1): try again later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved session is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backend is configured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkStatement</name>
    <message>
        <source>The local store failed while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database driver is not SQLite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>Campaign name must have 1 to %1 characters, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign needs a niche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign budget must be between 0 and 1000000000000 tenge, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 %2: status=%3, budget=%4, spent=%5 (rule %6: %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status must be draft and budget above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an active campaign can be paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a paused campaign can be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend for campaign %1 must be a positive amount, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spend is recorded only while the campaign is active or paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend %1 would overflow the campaign total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status must be draft, active or paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a completed campaign keeps its name and budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 has spent %2 tenge: the budget cannot be less (got %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is %2: a started campaign keeps a budget above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes no new leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads come into a draft, active or paused campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend %1 would take campaign %2 past its budget: %3 of %4 (%5 %). Confirm it if it is right (--confirm-overspend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend entry %1 of campaign %2 cannot be reversed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to another campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is itself a correction; record the spend again instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has already been reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its amount %1 is more than the campaign&apos;s spent %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>reading campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 no longer exists in the local store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing campaigns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Nothing to draw: CSV is written from the data, not the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be drawn into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <source>Qualification funnel · %n lead(s)</source>
        <translation>
            <numerusform>Qualification funnel · %n lead</numerusform>
            <numerusform>Qualification funnel · %n leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget utilization · %1 of %2 spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent, under 80 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent, 80–95 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent, 95 % and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 per lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenge (₸)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the current pace the budget runs out on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no running campaign is spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacing · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal (budget spread over the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual cumulative spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 left%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached the stage (% of the previous, − dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifying: a branch beside contacted → qualified (% of contacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified: all, then by the stage left (% of those that reached it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bn ₸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 M ₸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 K ₸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) · %1 · %2</source>
        <translation>
            <numerusform>%n lead · %1 · %2</numerusform>
            <numerusform>%n leads · %1 · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>% of the group&apos;s leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion by week of arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week (its Monday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the week&apos;s leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n lead(s) would be auto-disqualified</source>
        <translation>
            <numerusform>%n lead would be auto-disqualified</numerusform>
            <numerusform>%n leads would be auto-disqualified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) auto-disqualified</source>
        <translation>
            <numerusform>%n lead auto-disqualified</numerusform>
            <numerusform>%n leads auto-disqualified</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUDGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REMAINING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a draft campaign for a niche; the budget is in tenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>olx, kaspi, satu or telegram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget in tenge, e.g. 500000 or 2500.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created campaign %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List campaigns with their budget use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only campaigns in this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only campaigns of this niche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 spent its budget and is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded spend for campaign %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a draft campaign with a budget above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause an active campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume a paused campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete a campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--log-level must be debug, info, warning or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadops: the previous run in this workspace did not end cleanly; `leadops diagnostics` prints a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; known commands: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadops: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not known: expected one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the console at a Supabase project; the anon key goes to the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project URL, e.g. https://abcd.supabase.co.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anon key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No anon key on standard input: pipe it in, e.g. leadops connect --url URL &lt; key.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1; the anon key is in the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Supabase Auth; the session goes to the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Supabase project is configured: run leadops connect --url URL first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1, but the session cannot be kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (role %2); the session is in the %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the signed-in user and role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (role %2), session valid until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and forget the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadops: the server was not told (%1); the local session is removed anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty workspace with realistic demo data (same seed and date, same data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of leads, 1 to 10000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the generated history (default today, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed &apos;%1&apos; is not valid: expected a whole number from 0 to 4294967295</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until &apos;%1&apos; is not a date: expected YYYY-MM-DD, as in 2026-11-25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: %1 of %2 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace %1: %2 niches, %3 campaigns, %4 leads, %5 history entries in %6 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the backend: REST, Auth, clock skew, session expiry. Exit 0 healthy, 1 degraded, 3 unreachable or not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  REST answered HTTP %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One redacted report for a support ticket: versions, workspace, health, request metrics, the last runs and the last 200 log lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default), json or prometheus (metrics only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text, json or prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date: expected YYYY-MM-DD, as in 2026-11-25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>png, pdf, svg or csv (default: from the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of leads counted, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of leads counted (included), YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this campaign (id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almaty, astana or shymkent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not known: expected png, pdf, svg or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the format from &apos;%1&apos;: give --format png, pdf, svg or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2: the period would be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written to %2 (%3, %4 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new lead; the contact is a +7 phone, a @telegram handle or an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, Telegram handle or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created lead %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List leads, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new, contacted, qualifying, qualified, disqualified or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many rows (default 100, at most 100000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this many rows first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offset &apos;%1&apos; is not valid: expected a whole number from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a lead and its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualified_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disqualified_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification score from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify a lead, keeping the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the lead is disqualified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify qualifying leads with more than %1 messages and a score below %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only list the leads that would be disqualified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify a contacted lead with at least %1 messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a provisional score for a lead in qualification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a new lead as contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record one message exchanged with the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a contacted lead into qualification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a qualified lead (hand-off to sales).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARKET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROFIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMPET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a niche in research.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City: almaty, astana or shymkent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created niche %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List niches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the research scores (each 0..1) and mark the niche validated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profitability score, 0..1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competition density, 0..1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profitability score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competition density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche %1 is %2 and can be activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche %1 is %2 but cannot be activated (profitability must be at least %3 and competition below %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche %1 is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate a validated niche (profitability &gt;= %1, competition &lt; %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause an active niche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive a niche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push local changes, then pull what changed on the server. Exit 1: the server refused a change; 3: the server cannot be reached; 4: conflicts remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: %1 %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed %1, pulled %2, deleted %3, held back %4, conflicts %5, refused %6, pending %7 (%8 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the server refused because the row changed there meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local changes not yet on the server (and those the server refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENTITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mine or theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep must be mine or theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1: your change is queued again on top of the server&apos;s row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1: the server&apos;s row is kept, your change dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a campaign or change its budget (not below what it spent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --name, --budget or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved campaign %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a niche or change its category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --name, --category or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved niche %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: %1 %2 of about %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve a conflict (keep the server&apos;s row, or re-apply the local change on top of it) or a change the server refused (send it again, or drop it and take the server&apos;s row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change id &apos;%1&apos; is not a number (leadops conflicts and leadops pending list them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1: queued to be sent again at the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1: dropped; the row never reached the server and is removed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1: dropped; the server&apos;s row comes back with the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace is empty: give the workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each action takes --help, as in: leadops %1 ACTION --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown action &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (%1 more characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept an http:// URL to another computer (a trusted network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the workspace file without changing it. Exit 0: healthy; 1: damaged (with the finding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also compare every index with its table (slower).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A synced workspace is rebuilt from the server with &quot;leadops workspace rebuild&quot; (the damaged file is kept beside it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the damaged workspace file aside, pull every row again from the server, and queue again every local change that can still be read. Needs a connected project (leadops connect, leadops login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace is rebuilt from the server, and none can be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilt: %1 rows pulled from the server, %2 local change(s) queued again. The damaged file is kept as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  could not be recovered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the finding with &quot;leadops workspace check&quot;; a synced workspace is rebuilt from the server with &quot;leadops workspace rebuild&quot; (the damaged file is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in with &quot;leadops login --email E&quot; (the password from standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect with &quot;leadops connect --url URL&quot; (the anon key from standard input), or set LEADOPS_REST_URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;leadops conflicts&quot; and &quot;leadops pending&quot; list the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) wait in this workspace and are sent after the next sign-in.</source>
        <translation>
            <numerusform>%n local change waits in this workspace and is sent after the next sign-in.</numerusform>
            <numerusform>%n local changes wait in this workspace and are sent after the next sign-in.</numerusform>
        </translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: a local-only workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none needed (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project, the user and role, the session&apos;s expiry, the changes waiting for the server and whose workspace this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the name with --name TEXT, or remove it with --clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 (%2) has no name now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 (%2) is renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s or company&apos;s name (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text or digits contained in the contact or the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a lead (a person or a company), or remove its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name, up to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 me: nobody is signed in to a team here (leadops login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: no such member in the team; expected me, none or a member&apos;s e-mail (leadops team list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 (%2) is back in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 (%2) is assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) of other members left to their owners</source>
        <translation>
            <numerusform>%n lead of another member left to its owner</numerusform>
            <numerusform>%n leads of other members left to their owners</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose leads: me, a member&apos;s e-mail, none (unassigned) or queue (mine and the unassigned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a lead to a sales manager of the team, take it (me), or put it back in the queue (none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member&apos;s e-mail, me or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team here yet: the team comes from the server with each sync (leadops sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the team&apos;s members: who leads can be assigned to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due &apos;%1&apos; is not valid: expected today or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow_up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at &apos;%1&apos; is not a time: expected &quot;YYYY-MM-DD HH:MM&quot; (local time) or now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 (%2): follow up at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 (%2) has no follow-up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--clear takes neither --at nor --note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the time with --at &quot;YYYY-MM-DD HH:MM&quot; (or now), or --clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due today or overdue, earliest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when to call the lead back (local time, now or later), or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: &quot;YYYY-MM-DD HH:MM&quot; in local time, or now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the call is about (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note %1 added to lead %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remove takes no --text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the corrected text with --text, or --remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note %1 corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the lead said (up to %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead&apos;s notes, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct or remove your note within %1 minutes of writing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrected note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding &apos;%1&apos; is not known: expected utf-8, windows-1251 or utf-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter &apos;%1&apos; is not known: expected &apos;;&apos;, &apos;,&apos; or tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map &apos;%1&apos; is not valid: expected FIELD=HEADER, FIELD one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column &apos;%1&apos;; its columns: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (--report FILE lists every row)</source>
        <translation>
            <numerusform>… and %n more (--report FILE lists every row)</numerusform>
            <numerusform>… and %n more (--report FILE lists every row)</numerusform>
        </translation>
    </message>
    <message>
        <source>name the campaign with --campaign ID, or the column naming it with --campaign-column HEADER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of %1: %2 rows; would import %3 new leads and update %4; %5 duplicates, %6 invalid rows. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 new leads from %2 and updated %3 (batch %4; undo with leadops lead import-undo %4); %5 duplicates and %6 invalid rows were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n rows are invalid (below). Correct them, or import the other rows with --skip-invalid.</source>
        <translation>
            <numerusform>Nothing was imported: %n row is invalid (below). Correct it, or import the other rows with --skip-invalid.</numerusform>
            <numerusform>Nothing was imported: %n rows are invalid (below). Correct them, or import the other rows with --skip-invalid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1 has no new leads (%2 duplicates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 undone: %2 leads removed, %3 names given back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNDONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format %1 does not match the file name %2: name the file .%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name %1 does not say the format: name it .csv or .xlsx, or give --format csv|xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 leads to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (.csv or .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import leads from a CSV, TSV or XLSX file: one batch, undone with lead import-undo. Exit 0 when something was imported (or would be, in a dry run), 1 when nothing could be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign (id or name) the leads come into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column naming each row&apos;s campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column feeds a field: contact, name, source, campaign, note or created (repeatable; HEADER is a column&apos;s name or number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text file&apos;s encoding (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text file&apos;s delimiter: &apos;;&apos;, &apos;,&apos; or tab (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows and list the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give leads already in the campaign the file&apos;s name and note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and count only; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every skipped row and its reason to this CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo an import while none of its leads has changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imports made in this workspace, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the leads a list filter selects, all of them, to CSV or XLSX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a lead in qualification back to contacted, so that it can be qualified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format %1 but the file name %2 says %3: the file would not be what its name says. Give them the same format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be exported: expected funnel, budget, breakdown or weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel by campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a chart (PNG, PDF, SVG) or its data (CSV): the qualification funnel, the budget utilization and pacing, the funnel by source and by campaign (breakdown), or the conversion by week (weekly). Needs no display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record it even though it takes the campaign past its budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed the spend entry; campaign %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPENT AFTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EFFECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, in a line (at most 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record spend in tenge as a ledger entry; the campaign completes when spend reaches the budget. A spend past the budget needs --confirm-overspend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s spend ledger, oldest first: each spend and correction, who recorded it, and spent after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse a mistaken spend with a correction entry. If that spend completed the campaign, it returns to the status it had.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start just after this lead (the last id of the previous page): as fast a million rows down as at the top, unlike --offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--after and --offset cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>&apos;%1&apos; is not a project URL: expected https://&lt;project-ref&gt;.supabase.co (or http://host:port for a local backend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not encrypted (http://): the anon key, passwords and tokens would cross the network readable. Use https://, or allow it explicitly for a trusted network (--allow-insecure)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>Phone number &apos;%1&apos; contains &apos;%2&apos;: expected digits, spaces, dashes, dots or brackets only, as in +7 701 123 45 67 or 8 (701) 123-45-67</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number &apos;%1&apos; is not a Kazakh or Russian number: expected +7 and 10 digits (+7 701 123 45 67), 8 and 10 digits (8 701 123 45 67) or the 10-digit national number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number &apos;%1&apos; has no valid area or operator code: after +7 the number must start with a digit from 3 to 9 (e.g. 701, 747, 727, 916)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram handle &apos;%1&apos; is not valid: expected @ followed by 5 to 32 Latin letters, digits or underscores, as in @almaty_sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address &apos;%1&apos; is not valid: expected name@domain.tld, as in sales@example.kz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact is empty: expected a phone (+7 701 123 45 67), a Telegram handle (@name) or an e-mail address (name@example.kz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &apos;%1&apos; is not a phone, Telegram handle or e-mail: expected +7 701 123 45 67, 8 (701) 123-45-67, @handle (5-32 letters, digits or _) or name@example.kz</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Row %1: a quoted field is never closed: a &quot; is missing before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: a quoted field runs on for more than a megabyte: a closing &quot; is probably missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is longer than a megabyte: this does not look like a table of leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has more than %2 cells: is the delimiter right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is not valid %2: the file mixes encodings, or another encoding was chosen than the one it was saved in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver of Qt (qsqlite) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 has schema version %2, newer than this LeadOps Console understands (%3); update the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store failed while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file %1 is damaged (%2). Nothing was written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace file at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1 is outside 0…%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 has schema version %2, which no LeadOps Console ever wrote: the file is damaged or not a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is damaged (%1, while %2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed while %1. Free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is damaged: %1 %2 has an unreadable %3 (&apos;%4&apos;). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change failed after it was partly written, so nothing of this transaction was kept (see the log for the failure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing indexes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>writing demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo lead count %1 is out of range: expected 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking that the workspace is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 already holds data: demo data goes into an empty workspace (choose another --workspace folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the demo run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 holds an interrupted demo run and local changes made since: choose another --workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the demo run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>the workspace could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadOps Console %1 (Qt %2) on %3, %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated %1, locale %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace %1, schema %2, rows %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes: %1 pending, %2 in conflict, %3 refused by the server; last sync %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous run ended cleanly: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend: %1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
requests (this process and the last %1 runs):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync at %1: pushed %2, pulled %3, deleted %4, conflicts %5, refused %6, pending %7, %8 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
log %1, last %2 lines:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace %1: ERROR: %2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityKind</name>
    <message>
        <source>niches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBatchStore</name>
    <message>
        <source>recording import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the history of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording lead %1 of import %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the undo of import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing imports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonPage</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a page of rows that is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent something other than a list of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of the page has no text &quot;id&quot; and &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lead</name>
    <message>
        <source>A lead needs a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 cannot be %2: status=%3, messages=%4 (rule %5: %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status must be new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status must be new, contacted or qualifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved to qualifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status must be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status must be qualifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status must be contacted and messages at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status must not be disqualified or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 cannot be disqualified without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualification reason is %1 characters long: at most %2 are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status must be qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualification reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long: at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up at %1 is in the past: a follow-up is now or later (use &quot;now&quot; to call right away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up note is %1 characters long: at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved back to contacted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadExportJob</name>
    <message>
        <source>CSV, opens in Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the lead list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not end in .csv or .xlsx: name the file with the format it should have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting leads to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 leads to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadExporter</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualification reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was canceled: %1 was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 rows: filter the list, or export it as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finished file could not be moved into place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadImporter</name>
    <message>
        <source>%1 has no rows: there is nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the contact. Expected a column named like Телефон, Phone, Байланыс, Telegram or Email, or a mapping (--map contact=HEADER). The file&apos;s columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign %1 in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the campaign the leads come into (--campaign ID), or the column that names it (--campaign-column HEADER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells where the header has %2: a delimiter inside an unquoted cell?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date &quot;%1&quot; is not a date: expected 2026-12-06, 06.12.2026 or 06.12.2026 14:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign &quot;%1&quot; is not in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: row %1 names campaign &quot;%2&quot;. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on row %2 of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already lead %2 of campaign &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No import %1 in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 was already undone on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %1 cannot be undone: %n of its leads changed since (%2). Change them back or remove them one by one.</source>
        <translation>
            <numerusform>Import %1 cannot be undone: %n of its leads changed since (%2). Change it back or remove it.</numerusform>
            <numerusform>Import %1 cannot be undone: %n of its leads changed since (%2). Change them back or remove them one by one.</numerusform>
        </translation>
    </message>
    <message>
        <source>import %1 undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStore</name>
    <message>
        <source>reading lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for duplicate contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 no longer exists in the local store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting leads by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding leads to auto-disqualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1, where the page should start, is not in the local store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Market</name>
    <message>
        <source>Almaty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shymkent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Niche</name>
    <message>
        <source>Niche name must have 1 to %1 characters, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche category must have 1 to %1 characters, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche %1 cannot be validated: status=%2 (rule validate: status must be researching, validated or paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profitability score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competition density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche %1 cannot be activated: status=%2, score=%3, competition=%4 (rule can_activate: status must be validated, profitability at least %5 and competition below %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche %1 is not active: status=%2 (rule pause: only an active niche can be paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche %1 is already archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche %1 is archived: an archived niche keeps its name and category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NicheStatus</name>
    <message>
        <source>Researching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NicheStore</name>
    <message>
        <source>reading niche %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving niche %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating niche %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche %1 no longer exists in the local store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing niches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NicheTableModel</name>
    <message>
        <source>Profitable: profitability ≥ %1 and competition &lt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not profitable: needs profitability ≥ %1 and competition &lt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <source>A note needs some text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is %1 characters long: at most %2 are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note contains a control character (U+%1): expected text, lines and tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note %1 is another member&apos;s: only its author can change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note %1 is older than %2 minutes: it is history now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteStore</name>
    <message>
        <source>reading note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the notes of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing note %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>queueing the change of %1 for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a pushed change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a refused change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-queueing a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating queued changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting queued changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-queueing a refused change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropping the local changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring the version a change was made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queueing a change again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ownership</name>
    <message>
        <source>Lead %1 is %2&apos;s: only they can change it or hand it over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 cannot be assigned to %2: no such member in the team (the team comes from the server with each sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 cannot be assigned to %2: only an active sales manager of the team owns leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>OLX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaspi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgrestClient</name>
    <message>
        <source>The session cannot be refreshed: sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to %1 %2 without a filter: it would change every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session expired and could not be refreshed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in, or the session expired: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (HTTP %1 from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (HTTP %1, code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 sent a response that is not valid JSON (%2 at byte %3 of %4): the connection may have been cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 sent a response that is not valid JSON (%2): the connection may have been cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not complete the answer within %2 s; the request was given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 sent an answer of %2 MB or more, larger than the %3 MB this console reads; it was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be refreshed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Disqualify %1 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required: choose one from the list or type your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate niche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be activated; profitable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be activated; not profitable (competition ≥ %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be activated: needs profitability ≥ %1 and competition &lt; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profitability (≥ %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competition (&lt; %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New niche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenge, e.g. 500000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget, ₸:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a niche first: every campaign belongs to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+7 701 123 45 67, @handle or name@example.kz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a campaign first: every lead comes from one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent, ₸:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit niche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the person or the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person or the company; empty removes the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody: back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales manager in the team yet: the team comes from the server with each sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: what the call is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time is in the past: a follow-up is now or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said, what was agreed (up to %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PulledRowStore</name>
    <message>
        <source>saving the sync watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping a row to ask the server for again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestRepository</name>
    <message>
        <source>No %1 with id %2 on the server (or your role may not see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not send a list of %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 was changed on the server (id %2): it does not exist, or your role may not change it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Sales manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowReader</name>
    <message>
        <source>The server sent a %1 row that this console cannot read: field &apos;%2&apos; is %3, expected %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISO-8601 timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text of %1 to %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text of at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount from 0 to 1000000000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>updating the search index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The OS keychain is not available (%1: %2); nothing was saved. On Linux a Secret Service (GNOME Keyring or KWallet) must be running and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS keychain (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory of this process only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret %1 is %2 bytes; the OS keychain keeps at most %3 bytes per item (Windows&apos; limit); nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerHistory</name>
    <message>
        <source>reading where the server&apos;s history was pulled to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the server&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s history has a row this console cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerRowWriter</name>
    <message>
        <source>storing a row from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a row the server deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a page of %1 rows that is not valid JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent something other than a list of %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a %1 row without a text &quot;id&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>%1 id &apos;%2&apos; is not valid: expected a UUID such as 0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 with id %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendEntry</name>
    <message>
        <source>The spend note is %1 characters long: at most %2 are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendLedgerModel</name>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverses a spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverses the spend of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server: see File ▸ Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In conflict: see File ▸ Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendPrompts</name>
    <message>
        <source>Optional: invoice number, what it paid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 25000 or 2500.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in tenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount, ₸:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend must be a positive amount; a mistaken spend is reversed in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend past the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Record it anyway? The campaign is then completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: why, e.g. typed one zero too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the spend of %1 recorded on %2 off campaign %3: spent goes from %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This spend completed the campaign: it returns to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign stays %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendStore</name>
    <message>
        <source>reading spend entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the corrections of spend entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the spend ledger of campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving spend entry %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>reading the sync watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the local store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled; the pages pulled so far are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not on the server: it was deleted there, never reached it, or your role may not see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropping the local changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not send a list of %1 rows: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s sync horizon is not a timestamp: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the first pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ending the first pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the rows to ask the server for again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forgetting a row asked for again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the rows that refer to a refused row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 never reached the server and %3 local %4 refer to it; resolve their changes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a row the server never accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping a row to ask the server for again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict or refused change with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) cannot change %2 %3: the server kept its row. Drop the change, or ask a colleague whose role may change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s team list is not readable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the server version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to changed_since is not a yes or no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLock</name>
    <message>
        <source>Another sync of this workspace is running (process %1); this one waited %2 s. Try again when it has ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a password-protected workbook or an old Excel 97-2003 (.xls) file. Remove the password, or save it as .xlsx or CSV, in Excel or LibreOffice, and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text table (it holds binary data). Expected a CSV or TSV text file, or an .xlsx workbook.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <source>reading the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving team member %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Amount &apos;%1&apos; is not a number of tenge: expected digits with at most two decimals, as in 150000 or 2500.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount &apos;%1&apos; is too large: at most 1000000000000 tenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must lie between 0 and 1 inclusive, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number: expected a decimal between 0 and 1, as in 0.75</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not valid: expected a whole number from 1 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2 at position %3): only printable text on one line is allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot create the workspace folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the workspace from %1 to %2: move the folder by hand, or start with --workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceOwner</name>
    <message>
        <source>reading whose workspace this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace belongs to %1 at %2; %3 at %4 gets a workspace of their own, so that one user&apos;s changes are never sent under another&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording whose workspace this is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceRebuild</name>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the list of changes is damaged after %n change(s): %1</source>
        <translation>
            <numerusform>the list of changes is damaged after %n change: %1</numerusform>
            <numerusform>the list of changes is damaged after %n changes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>change %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1: its content is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace file at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the damaged file %1 aside to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1 (%2 %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The XLSX file is damaged or not a workbook: %1. Open it in Excel or LibreOffice and save it again, or save it as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its zip directory cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is encrypted: remove its password in Excel or LibreOffice, save it, and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 is larger than %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 is cut short or fails its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its shared strings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its styles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no xl/workbook.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its workbook part: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first worksheet is not listed in the workbook&apos;s relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet&apos;s compressed data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet near row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has a cell beyond column XFD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::AccountController</name>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the project&apos;s anon (publishable) key: Supabase shows it under Project Settings ▸ API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project refused the key (HTTP %1): copy the anon (publishable) key again from Project Settings ▸ API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer like a Supabase project (HTTP %2 at /rest/v1/): check the project URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase Auth of %1 does not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to your team&apos;s Supabase project first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the session cannot be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the e-mail address you sign in with first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::AnalyticsPane</name>
    <message numerus="yes">
        <source>%n campaign(s): %1 spent of %2, %3 remaining</source>
        <translation>
            <numerusform>%n campaign: %1 spent of %2, %3 remaining</numerusform>
            <numerusform>%n campaigns: %1 spent of %2, %3 remaining</numerusform>
        </translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart on screen as PNG, PDF or SVG, or its data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector image (SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a stage to list its leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget and pacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · running campaigns run out of budget on %1 at the current pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics updated in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 per lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By source and campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel by campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::BudgetWarnings</name>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 has passed %2 % of its budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) have passed %1 % of their budget: %2</source>
        <translation>
            <numerusform>%n campaign has passed %1 % of its budget: %2</numerusform>
            <numerusform>%n campaigns have passed %1 % of their budget: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadops::CampaignCombo</name>
    <message>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::CampaignService</name>
    <message>
        <source>campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No niche with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche %1 is archived: campaigns cannot be created for an archived niche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spend entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 has no spend entry %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::CampaignsPane</name>
    <message>
        <source>New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record spend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend recorded for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a campaign first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record spend in tenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the campaign or change its budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a draft campaign for a niche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a campaign to see its details and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every spend and correction of the campaign, and who recorded it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::ConflictsDialog</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-apply the local change on top of the server&apos;s version at the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the server&apos;s row and drop the local change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflicts and refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to resolve: every local change reached the server or is waiting to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the change again at the next sync, once the cause has gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the row here: it never reached the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the local change; the server&apos;s row comes back with the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in conflict or refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: yours and the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::ConnectDialog</name>
    <message>
        <source>Connect to your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team&apos;s data lives in a Supabase project. Paste its URL and its anon (publishable) key from Project Settings ▸ API. The key is kept in the system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anon key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anon &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow an unencrypted http:// address on another computer (a trusted network only: the key and passwords travel in the clear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the project…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::DamagedWorkspaceDialog</name>
    <message>
        <source>The workspace is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file in %1 is damaged. Nothing was written to it, and no list will be shown from it: it could be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace synced with your team&apos;s project can be rebuilt from the server: the damaged file is kept beside it, every row is pulled again, and every change not yet sent that can still be read is queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the workspace from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cannot be rebuilt: %1

A workspace that was never synced exists nowhere else; keep the folder %2 for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rebuild did not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilt: %1 rows pulled from the server, %2 unsent change(s) queued again. The damaged file is kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be recovered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::DiagnosticsDialog</name>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::HealthCheck</name>
    <message>
        <source>%1 %2: %3 server error(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backend is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last run met server errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The REST API answers with HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s off the server&apos;s: tokens may be refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The REST API at %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase Auth is not healthy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the session&apos;s token (HTTP 401): sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is invalid: its access token cannot be read; sign in again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::HistoryPanel</name>
    <message>
        <source>Details and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend reversed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::ImportWizard</name>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or TSV text file (as Excel, Google Sheets, OLX, Kaspi or Satu save them) or an Excel workbook (.xlsx). The first row names the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to a .csv, .tsv, .txt or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into &amp;campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give them the file&apos;s name and note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts already in the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts already in the campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows when some are invalid (the summary lists every skipped row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a campaign —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the Campaign column says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the contact (a phone, Telegram handle or e-mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is chosen twice: a column feeds one field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the campaign the leads come into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that names the campaign, or one campaign for every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that will not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save this list as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the whole file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… Cancel stops it, and nothing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read: &lt;b&gt;%2 new leads&lt;/b&gt;, %3 existing leads updated, %4 duplicates, %5 invalid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported while rows are invalid: correct them in the file, or go back and choose to import the valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Import to write them. The import can be undone in one step (File ▸ Undo import…) while none of its leads has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 new leads and updated %2. They are in the outbox and reach the server with the next sync. To take the whole file back: File ▸ Undo import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the file changed since it was checked. Run the import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows that will not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::ImportsDialog</name>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing an import removes the leads it created and gives back the names it changed, while none of them has changed since. Notes it added to leads that were already there stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 leads imported from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import undone: %1 leads removed, %2 names given back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::LeadService</name>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 is already lead %2 of campaign %3 (status %4): a contact is unique within a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your team to take leads: a lead belongs to a team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your team to write notes: a note has an author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead&apos;s creation time must be a valid time no later than now (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::LeadTableModel</name>
    <message>
        <source>Disqualified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::LeadsPane</name>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) disqualified</source>
        <translation>
            <numerusform>%n lead disqualified</numerusform>
            <numerusform>%n leads disqualified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) in qualification have more than %1 messages and a score below %2:</source>
        <translation>
            <numerusform>%n lead in qualification has more than %1 messages and a score below %2:</numerusform>
            <numerusform>%n leads in qualification have more than %1 messages and a score below %2:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) auto-disqualified</source>
        <translation>
            <numerusform>%n lead auto-disqualified</numerusform>
            <numerusform>%n leads auto-disqualified</numerusform>
        </translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message recorded for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start qualifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (hand off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handed off to sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-disqualify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify with score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a lead first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the lead as contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record one message exchanged with the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify the lead with a score from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the qualified lead off to sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the contact to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call, write in Telegram or e-mail the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify the selected leads with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a lead to see its details and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 qualified with score %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-disqualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead is in qualification with more than %1 messages and a score below %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify them as &quot;Auto-disqualified: low engagement&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a lead to a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify qualifying leads with more than %1 messages and a score below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contact or name: phone digits, @handle, e-mail or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the lead: the person or the company behind the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your team first: leads belong to team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected leads: they become yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead is yours already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected leads to a sales manager, or back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) back in the queue</source>
        <translation>
            <numerusform>%n lead back in the queue</numerusform>
            <numerusform>%n leads back in the queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned to %1</source>
        <translation>
            <numerusform>%n lead assigned to %1</numerusform>
            <numerusform>%n leads assigned to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until tomorrow 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up of %1 cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when to call the lead back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead has no follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the follow-up one hour from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the follow-up to tomorrow at 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: follow up %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the lead said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leads of one number of the funnel. Click to show all leads again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel: reached %1 ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel: disqualified from %1 ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back in contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the lead into qualification: provisional scoring, where a lead with more than 10 messages and a score under 0.3 is disqualified automatically. From there a lead is disqualified, or goes back to contacted to be qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the lead back to contacted, so that it can be qualified; its provisional score is dropped (the history keeps it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::MainWindow</name>
    <message>
        <source>LeadOps Console — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Niches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LeadOps Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend answers normally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel s&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed %1, pulled %2, pending %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: changes wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LeadOps Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LeadOps Console %1&lt;/h3&gt;&lt;p&gt;Lead qualification, campaigns and niches for a lead-generation business in Kazakhstan.&lt;/p&gt;&lt;p&gt;Qt %2 · workspace %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync; the pages pulled so far are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1: %2 of about %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;conflicts and refused changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 conflict(s), %2 refused: File ▸ Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the &amp;workspace file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the workspace file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is damaged. Close the console: at the next start it offers to rebuild the workspace from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to your team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a team: everything stays on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: changes wait here until you sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role can read everything and change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role can change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed out. %n change(s) wait here and are sent after the next sign-in.</source>
        <translation>
            <numerusform>Signed out. %n change waits here and is sent after the next sign-in.</numerusform>
            <numerusform>Signed out. %n changes wait here and are sent after the next sign-in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out. Nothing waits to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: %1 niches, %2 campaigns, %3 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your session has ended: %1. You can keep working; %n change(s) wait here until you sign in again.</source>
        <translation>
            <numerusform>Your session has ended: %1. You can keep working; %n change waits here until you sign in again.</numerusform>
            <numerusform>Your session has ended: %1. You can keep working; %n changes wait here until you sign in again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1. This workspace is another user&apos;s; opening yours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to call back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to call back %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Time to call back %1 and %n more</source>
        <translation>
            <numerusform>Time to call back %1 and %n more lead</numerusform>
            <numerusform>Time to call back %1 and %n more leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the lead &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::NicheService</name>
    <message>
        <source>niche</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::NichesPane</name>
    <message>
        <source>New niche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a niche first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record profitability and competition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the niche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the niche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the niche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the niche or change its category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start researching a niche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a niche to see its details and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::OwnerCombo</name>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My queue (mine and unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::PeriodPicker</name>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time LeadOps Console starts. The command line option --lang overrides it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1. This computer&apos;s clock is %n minute(s) off the server&apos;s: set it, or the session will seem to end too early or too late.</source>
        <translation>
            <numerusform>Signed in as %1. This computer&apos;s clock is %n minute off the server&apos;s: set it, or the session will seem to end too early or too late.</numerusform>
            <numerusform>Signed in as %1. This computer&apos;s clock is %n minutes off the server&apos;s: set it, or the session will seem to end too early or too late.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking for a recovery e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 has an account, a link to set a new password is on its way: check your e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::SpendLedgerDialog</name>
    <message>
        <source>Spend ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record spend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;verse entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend ledger — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: spent %2 of %3 (%4 %), %5 remaining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of it was recorded before the ledger, without entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a spend in tenge as a new entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a spend to reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this spend off with a correction entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend recorded: spent is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed: spent is now %1, the campaign is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::SyncController</name>
    <message>
        <source>This computer has no network connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::TablePane</name>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::TeamDialog</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team here yet: the team comes from the server with each sync. Connect and sign in to your team (Account menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members join by signing in and syncing; the project&apos;s administrator decides who is active. Leads go to active sales managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::TeamTableModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::UserGuideDialog</name>
    <message>
        <source>LeadOps Console — user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadops::WelcomeDialog</name>
    <message>
        <source>Welcome to LeadOps Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome&lt;/h3&gt;&lt;p&gt;This workspace is empty. How would you like to start?&lt;/p&gt;&lt;p&gt;You can change this later in the Account menu.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to your team (Supabase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your team&apos;s project: leads, campaigns and niches are shared and synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill this workspace with realistic demo niches, campaigns and leads to try the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work locally only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep everything on this computer, without a team or a server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadOps Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: ru, kk or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty workspace with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadOps Console did not close cleanly last time. Nothing committed to the workspace is lost. A report for support: leadops --workspace &quot;%1&quot; diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: expected ru, kk or en; the system language is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace is empty: give the workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
