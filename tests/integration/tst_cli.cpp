// The headless command line as a script uses it: the real leadops binary, a real workspace,
// exit codes and JSON checked for every command.
#include "tests/support/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Run = CliRun;

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_niche;
    QString m_campaign;

    Run run(const QStringList& args, const QString& workspace = {}, bool drawing = false)
    {
        return CliRunner{workspace.isEmpty() ? m_dir.path() : workspace}.run(args, drawing);
    }

    QJsonObject ok(const QStringList& args)
    {
        const Run r = run(args + QStringList{u"--json"_s});
        if (r.code != 0)
            qWarning("leadops %s -> %d: %s", qPrintable(args.join(u' ')), r.code, qPrintable(r.err));
        return r.code == 0 ? r.json().object() : QJsonObject();
    }

    QString newLead(const QString& contact)
    {
        return ok({u"lead"_s, u"create"_s, u"--campaign"_s, m_campaign, u"--source"_s, u"olx"_s, u"--contact"_s,
                   contact})
            .value(u"id"_s)
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("LEADOPS_BIN").isEmpty(), "LEADOPS_BIN must point to the leadops binary");
        QVERIFY(m_dir.isValid());
    }

    void versionAndHelp()
    {
        const Run v = run({u"--version"_s});
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith(u"leadops 0."_s));
        const Run h = run({u"--help"_s});
        QCOMPARE(h.code, 0);
        QVERIFY(h.out.contains(u"auto-disqualify"_s));
        const Run sub = run({u"lead"_s, u"qualify"_s, u"--help"_s});
        QCOMPARE(sub.code, 0);
        QVERIFY(sub.out.contains(u"--score"_s));
        // A command's help says what it does (Qt's own help text left the description out).
        QVERIFY2(sub.out.contains(u"Qualify a contacted lead with at least 3 messages."_s), qPrintable(sub.out));
    }

    // No project saved: a local-only workspace, no role, no owner, and nothing asks the keychain.
    void accountOfALocalWorkspace()
    {
        QTemporaryDir dir;
        const Run r = run({u"account"_s, u"--json"_s}, dir.path());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject a = r.json().object();
        QCOMPARE(a.value(u"mode"_s).toString(), u"local"_s);
        QCOMPARE(a.value(u"role"_s).toString(), QString());
        QCOMPARE(a.value(u"signed_in"_s).toBool(), false);
        QCOMPARE(a.value(u"workspace_owner"_s).toString(), QString());
        QCOMPARE(a.value(u"pending_changes"_s).toInt(), 0);
        QVERIFY(!a.value(u"user"_s).toString().isEmpty()); // the computer's user names the history
    }

    // Qt logs while the process exits, after static destructors have run (plugins unloading). Those
    // lines go to the workspace's log, redacted, like any other: the handler's state and the
    // redactor's patterns used to be destroyed by then (a file named from freed memory, and
    // "invalid QRegularExpression" instead of redaction).
    void linesLoggedWhileExitingReachTheLog()
    {
        QTemporaryDir dir;
        CliRunner runner{dir.path()};
        runner.env.insert(u"QT_LOGGING_RULES"_s, u"qt.core.library.debug=true"_s);
        const Run r = runner.run({u"account"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"invalid QRegularExpression"_s), qPrintable(r.err));
        const QDir logs(dir.filePath(u"logs"_s));
        const QRegularExpression logName(u"^leadops\\.log(\\.[0-9]+|\\.lock)?$"_s);
        const QStringList files = logs.entryList(QDir::Files | QDir::Hidden);
        QVERIFY(!files.isEmpty());
        for (const QString& name : files)
            QVERIFY2(logName.match(name).hasMatch(), qPrintable(u"unexpected file in logs/: "_s + name));
        QFile log(logs.filePath(u"leadops.log"_s));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = log.readAll().split('\n');
        QVERIFY(std::any_of(lines.begin(), lines.end(), [](const QByteArray& line) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            return o.value(u"msg"_s).toString().contains(u"unloaded library"_s) &&
                   !o.value(u"ts"_s).toString().isEmpty();
        }));
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(run({u"frobnicate"_s}).code, 2);
        QCOMPARE(run({u"lead"_s}).code, 2);
        QCOMPARE(run({u"lead"_s, u"list"_s, u"--bogus"_s}).code, 2);
        const Run missing = run({u"niche"_s, u"create"_s, u"--name"_s, u"x"_s});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(u"--market is required"_s), qPrintable(missing.err));
        QVERIFY(missing.err.contains(u"usage:"_s));
        QCOMPARE(run({u"lead"_s, u"show"_s}).code, 2);
    }

    void nicheCommands()
    {
        const QJsonObject n = ok({u"niche"_s, u"create"_s, u"--name"_s, u"Кондиционеры"_s, u"--market"_s, u"almaty"_s,
                                  u"--category"_s, u"HVAC"_s});
        m_niche = n.value(u"id"_s).toString();
        QVERIFY(!m_niche.isEmpty());
        QCOMPARE(n.value(u"status"_s).toString(), u"researching"_s);
        QCOMPARE(n.value(u"name"_s).toString(), u"Кондиционеры"_s);

        const Run early = run({u"niche"_s, u"activate"_s, m_niche});
        QCOMPARE(early.code, 1);
        QVERIFY2(early.err.contains(u"cannot be activated"_s), qPrintable(early.err));

        const Run bad =
            run({u"niche"_s, u"validate"_s, m_niche, u"--profitability"_s, u"abc"_s, u"--competition"_s, u"0.5"_s});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains(u"between 0 and 1"_s));
        const Run badMarket =
            run({u"niche"_s, u"create"_s, u"--name"_s, u"x"_s, u"--market"_s, u"paris"_s, u"--category"_s, u"c"_s});
        QCOMPARE(badMarket.code, 1);
        QVERIFY(badMarket.err.contains(u"almaty, astana, shymkent"_s));

        QCOMPARE(ok({u"niche"_s, u"validate"_s, m_niche, u"--profitability"_s, u"0.6"_s, u"--competition"_s, u"0.8"_s})
                     .value(u"can_activate"_s)
                     .toBool(),
                 false);
        const Run refused = run({u"niche"_s, u"activate"_s, m_niche, u"--json"_s});
        QCOMPARE(refused.code, 1);
        QCOMPARE(refused.json().object().value(u"error"_s).toObject().value(u"rule"_s).toString(), u"can_activate"_s);
        ok({u"niche"_s, u"validate"_s, m_niche, u"--profitability"_s, u"0.6"_s, u"--competition"_s, u"0.79"_s});
        QCOMPARE(ok({u"niche"_s, u"activate"_s, m_niche}).value(u"status"_s).toString(), u"active"_s);

        const Run list = run({u"niche"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.code, 0);
        QCOMPARE(list.json().array().size(), 1);
        const Run text = run({u"niche"_s, u"list"_s});
        QVERIFY(text.out.contains(u"Кондиционеры"_s));
    }

    void campaignCommands()
    {
        const Run noBudget = run({u"campaign"_s, u"create"_s, u"--niche"_s, m_niche, u"--name"_s, u"X"_s,
                                  u"--platform"_s, u"olx"_s, u"--budget"_s, u"lots"_s});
        QCOMPARE(noBudget.code, 1);
        QVERIFY(noBudget.err.contains(u"not a number of tenge"_s));
        const Run badPlatform = run({u"campaign"_s, u"create"_s, u"--niche"_s, m_niche, u"--name"_s, u"X"_s,
                                     u"--platform"_s, u"instagram"_s, u"--budget"_s, u"5"_s});
        QCOMPARE(badPlatform.code, 1);

        const QJsonObject c = ok({u"campaign"_s, u"create"_s, u"--niche"_s, m_niche, u"--name"_s, u"Лето — OLX"_s,
                                  u"--platform"_s, u"olx"_s, u"--budget"_s, u"1000"_s});
        m_campaign = c.value(u"id"_s).toString();
        QCOMPARE(c.value(u"status"_s).toString(), u"draft"_s);
        QCOMPARE(c.value(u"budget"_s).toDouble(), 1000.0);
        QCOMPARE(c.value(u"spent"_s).toDouble(), 0.0);

        QCOMPARE(run({u"campaign"_s, u"pause"_s, m_campaign}).code, 1);
        QCOMPARE(ok({u"campaign"_s, u"start"_s, m_campaign}).value(u"status"_s).toString(), u"active"_s);
        const Run again = run({u"campaign"_s, u"start"_s, m_campaign});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(u"cannot be started"_s));
        QCOMPARE(ok({u"campaign"_s, u"pause"_s, m_campaign}).value(u"status"_s).toString(), u"paused"_s);
        QCOMPARE(ok({u"campaign"_s, u"resume"_s, m_campaign}).value(u"status"_s).toString(), u"active"_s);

        const Run negative = run({u"campaign"_s, u"spend"_s, m_campaign, u"-5"_s});
        QCOMPARE(negative.code, 1);
        QVERIFY2(negative.err.contains(u"positive"_s), qPrintable(negative.err));
        QCOMPARE(run({u"campaign"_s, u"spend"_s, m_campaign, u"abc"_s}).code, 1);
        const QJsonObject spent = ok({u"campaign"_s, u"spend"_s, m_campaign, u"400.50"_s});
        QCOMPARE(spent.value(u"spent"_s).toDouble(), 400.5);
        QCOMPARE(spent.value(u"remaining_budget"_s).toDouble(), 599.5);
        QCOMPARE(spent.value(u"budget_utilization"_s).toDouble(), 40.05);
        // Past the budget (a zero too many): refused until confirmed, nothing recorded.
        const Run over = run({u"campaign"_s, u"spend"_s, m_campaign, u"4000"_s});
        QCOMPARE(over.code, 1);
        QVERIFY2(over.err.contains(u"--confirm-overspend"_s) && over.err.contains(u"440 %"_s), qPrintable(over.err));
        const QJsonArray active =
            run({u"campaign"_s, u"list"_s, u"--status"_s, u"active"_s, u"--json"_s}).json().array();
        QCOMPARE(active.size(), 1);
        QCOMPARE(active.first().toObject().value(u"spent"_s).toDouble(), 400.5);

        const Run list = run({u"campaign"_s, u"list"_s, u"--status"_s, u"active"_s, u"--json"_s});
        QCOMPARE(list.json().array().size(), 1);
        QCOMPARE(run({u"campaign"_s, u"list"_s, u"--status"_s, u"running"_s}).code, 1);
    }

    // The ledger's three commands: a spend with a note, the confirmed overspend that completes the
    // campaign, its listing (text and JSON), and the reversal that brings the campaign back.
    void theSpendLedgerFromTheCommandLine()
    {
        const QString id = ok({u"campaign"_s, u"create"_s, u"--niche"_s, m_niche, u"--name"_s, u"Ledger — Satu"_s,
                               u"--platform"_s, u"satu"_s, u"--budget"_s, u"1000"_s})
                               .value(u"id"_s)
                               .toString();
        QVERIFY(!ok({u"campaign"_s, u"start"_s, id}).isEmpty());
        QCOMPARE(
            ok({u"campaign"_s, u"spend"_s, id, u"250"_s, u"--note"_s, u"invoice 17"_s}).value(u"spent"_s).toDouble(),
            250.0);
        QCOMPARE(run({u"campaign"_s, u"spend"_s, id, u"7500"_s}).code, 1);
        const QJsonObject done = ok({u"campaign"_s, u"spend"_s, id, u"7500"_s, u"--confirm-overspend"_s});
        QCOMPARE(done.value(u"status"_s).toString(), u"completed"_s);
        const QJsonArray ledger = run({u"campaign"_s, u"spending"_s, id, u"--json"_s}).json().array();
        QCOMPARE(ledger.size(), 2);
        QCOMPARE(ledger.at(0).toObject().value(u"note"_s).toString(), u"invoice 17"_s);
        QCOMPARE(ledger.at(1).toObject().value(u"status_after"_s).toString(), u"completed"_s);
        QCOMPARE(ledger.at(1).toObject().value(u"spent_after"_s).toDouble(), 7750.0);
        QCOMPARE(ledger.at(1).toObject().value(u"sync_state"_s).toString(), u"pending"_s);
        const QString mistake = ledger.at(1).toObject().value(u"id"_s).toString();

        const Run text = run({u"campaign"_s, u"spending"_s, id});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(u"+7500.00"_s) && text.out.contains(u"active -> completed"_s), qPrintable(text.out));
        QCOMPARE(run({u"campaign"_s, u"spend-reverse"_s, id}).code, 2); // the entry is missing
        QCOMPARE(run({u"campaign"_s, u"spend-reverse"_s, id, u"not-an-id"_s}).code, 1);
        const QJsonObject back =
            ok({u"campaign"_s, u"spend-reverse"_s, id, mistake, u"--note"_s, u"one zero too many"_s});
        QCOMPARE(back.value(u"status"_s).toString(), u"active"_s);
        QCOMPARE(back.value(u"spent"_s).toDouble(), 250.0);
        const Run twice = run({u"campaign"_s, u"spend-reverse"_s, id, mistake});
        QCOMPARE(twice.code, 1);
        QVERIFY2(twice.err.contains(u"already been reversed"_s), qPrintable(twice.err));
        const QJsonArray after = run({u"campaign"_s, u"spending"_s, id, u"--json"_s}).json().array();
        QCOMPARE(after.size(), 3);
        QCOMPARE(after.at(1).toObject().value(u"reversed_by"_s).toString(),
                 after.at(2).toObject().value(u"id"_s).toString());
        QCOMPARE(after.at(2).toObject().value(u"reverses"_s).toString(), mistake);
    }

    void leadCommands()
    {
        const QString id = newLead(u"8 (701) 123-45-67"_s);
        QVERIFY(!id.isEmpty());
        const Run dup = run({u"lead"_s, u"create"_s, u"--campaign"_s, m_campaign, u"--source"_s, u"kaspi"_s,
                             u"--contact"_s, u"+7 701 123 4567"_s});
        QCOMPARE(dup.code, 1);
        QVERIFY2(dup.err.contains(id), qPrintable(dup.err));
        const Run badContact = run(
            {u"lead"_s, u"create"_s, u"--campaign"_s, m_campaign, u"--source"_s, u"olx"_s, u"--contact"_s, u"12"_s});
        QCOMPARE(badContact.code, 1);
        QVERIFY(badContact.err.contains(u"expected"_s));

        const Run early = run({u"lead"_s, u"qualify"_s, id, u"--score"_s, u"0.8"_s});
        QCOMPARE(early.code, 1);
        QVERIFY2(early.err.contains(u"cannot be qualified: status=new, messages=0"_s), qPrintable(early.err));
        QCOMPARE(run({u"lead"_s, u"qualify"_s, id, u"--score"_s, u"abc"_s}).code, 1);
        QCOMPARE(ok({u"lead"_s, u"contact"_s, id}).value(u"status"_s).toString(), u"contacted"_s);
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(ok({u"lead"_s, u"message"_s, id}).value(u"messages_count"_s).toInt(), i);
        QCOMPARE(run({u"lead"_s, u"qualify"_s, id, u"--score"_s, u"1.5"_s}).code, 1);
        const QJsonObject q = ok({u"lead"_s, u"qualify"_s, id, u"--score"_s, u"0.85"_s});
        QCOMPARE(q.value(u"status"_s).toString(), u"qualified"_s);
        QCOMPARE(q.value(u"qualification_score"_s).toDouble(), 0.85);
        QVERIFY(!q.value(u"qualified_at"_s).toString().isEmpty());
        QCOMPARE(ok({u"lead"_s, u"close"_s, id}).value(u"status"_s).toString(), u"closed"_s);

        const QJsonObject shown = ok({u"lead"_s, u"show"_s, id});
        QCOMPARE(shown.value(u"contact"_s).toString(), u"+77011234567"_s);
        const QJsonArray history = shown.value(u"history"_s).toArray();
        QCOMPARE(history.size(), 7);
        QCOMPARE(history.last().toObject().value(u"action"_s).toString(), u"close"_s);
        QCOMPARE(history.last().toObject().value(u"to_status"_s).toString(), u"closed"_s);
        const Run text = run({u"lead"_s, u"show"_s, id});
        QVERIFY(text.out.contains(u"History:"_s));

        const QString other = newLead(u"@stale_lead"_s);
        ok({u"lead"_s, u"contact"_s, other});
        ok({u"lead"_s, u"start-qualifying"_s, other});
        const Run noReason = run({u"lead"_s, u"disqualify"_s, other, u"--reason"_s, u" "_s});
        QCOMPARE(noReason.code, 2);
        QCOMPARE(ok({u"lead"_s, u"disqualify"_s, other, u"--reason"_s, u"Нет бюджета"_s})
                     .value(u"disqualification_reason"_s)
                     .toString(),
                 u"Нет бюджета"_s);

        // A name: set, listed, searched, refused by its rule, removed.
        QCOMPARE(ok({u"lead"_s, u"rename"_s, other, u"--name"_s, u"Bolat Sadykov"_s}).value(u"display_name"_s),
                 u"Bolat Sadykov"_s);
        const Run tooLong = run({u"lead"_s, u"rename"_s, other, u"--name"_s, QString(201, u'x')});
        QCOMPARE(tooLong.code, 1);
        QVERIFY2(tooLong.err.contains(u"201 characters"_s), qPrintable(tooLong.err));
        QCOMPARE(run({u"lead"_s, u"rename"_s, other}).code, 2); // neither --name nor --clear
        const Run found = run({u"lead"_s, u"list"_s, u"--search"_s, u"SADYK"_s, u"--json"_s});
        QCOMPARE(found.json().array().size(), 1);
        QCOMPARE(found.json().array().first().toObject().value(u"id"_s).toString(), other);
        const Run table = run({u"lead"_s, u"list"_s});
        QVERIFY(table.out.contains(u"NAME"_s) && table.out.contains(u"Bolat Sadykov"_s));
        QVERIFY(ok({u"lead"_s, u"rename"_s, other, u"--clear"_s}).value(u"display_name"_s).isNull());

        QCOMPARE(run({u"lead"_s, u"show"_s, u"0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b"_s}).code, 1);
        const Run malformed = run({u"lead"_s, u"contact"_s, u"not-an-id"_s});
        QCOMPARE(malformed.code, 1);
        QVERIFY(malformed.err.contains(u"UUID"_s));
    }

    void leadListFilters()
    {
        const Run all = run({u"lead"_s, u"list"_s, u"--json"_s});
        QCOMPARE(all.json().array().size(), 2);
        const Run qualified = run({u"lead"_s, u"list"_s, u"--status"_s, u"closed"_s, u"--json"_s});
        QCOMPARE(qualified.json().array().size(), 1);
        const Run search = run({u"lead"_s, u"list"_s, u"--search"_s, u"701"_s, u"--json"_s});
        QCOMPARE(search.json().array().size(), 1);
        QCOMPARE(search.json().array().first().toObject().value(u"contact"_s).toString(), u"+77011234567"_s);
        QCOMPARE(run({u"lead"_s, u"list"_s, u"--limit"_s, u"0"_s}).code, 1);
        QCOMPARE(run({u"lead"_s, u"list"_s, u"--status"_s, u"hot"_s}).code, 1);
        const Run bySource = run({u"lead"_s, u"list"_s, u"--source"_s, u"telegram"_s, u"--json"_s});
        QCOMPARE(bySource.json().array().size(), 0);
        const Run byCampaign =
            run({u"lead"_s, u"list"_s, u"--campaign"_s, m_campaign, u"--limit"_s, u"1"_s, u"--json"_s});
        QCOMPARE(byCampaign.json().array().size(), 1);

        // Owners in a local workspace: no team, so every lead is unassigned and nobody can take one.
        QCOMPARE(run({u"lead"_s, u"list"_s, u"--owner"_s, u"none"_s, u"--json"_s}).json().array().size(), 2);
        QVERIFY(all.json().array().first().toObject().value(u"owner_id"_s).isNull());
        const Run unknown = run({u"lead"_s, u"list"_s, u"--owner"_s, u"bolat@leadops.kz"_s});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(u"no such member in the team"_s), qPrintable(unknown.err));
        const QString id = all.json().array().first().toObject().value(u"id"_s).toString();
        const Run take = run({u"lead"_s, u"assign"_s, id, u"--to"_s, u"me"_s});
        QCOMPARE(take.code, 1);
        QVERIFY2(take.err.contains(u"nobody is signed in"_s), qPrintable(take.err));
        QCOMPARE(run({u"lead"_s, u"assign"_s, id}).code, 2); // --to is required
        const Run team = run({u"team"_s, u"list"_s, u"--json"_s});
        QCOMPARE(team.code, 0);
        QCOMPARE(team.json().array().size(), 0);
        QVERIFY(run({u"team"_s, u"list"_s}).err.contains(u"No team here yet"_s));

        // Follow-ups: now or later, never in the past; listed when due; cleared.
        const QString open = newLead(u"+7 702 000 11 22"_s);
        const QJsonObject now = ok({u"lead"_s, u"follow-up"_s, open, u"--at"_s, u"now"_s, u"--note"_s, u"price"_s});
        QVERIFY(!now.value(u"next_follow_up_at"_s).toString().isEmpty());
        QCOMPARE(now.value(u"follow_up_note"_s).toString(), u"price"_s);
        const Run past = run({u"lead"_s, u"follow-up"_s, open, u"--at"_s, u"2020-01-01 10:00"_s});
        QCOMPARE(past.code, 1);
        QVERIFY2(past.err.contains(u"now or later"_s), qPrintable(past.err));
        const Run notATime = run({u"lead"_s, u"follow-up"_s, open, u"--at"_s, u"tomorrow"_s});
        QCOMPARE(notATime.code, 1);
        QVERIFY2(notATime.err.contains(u"YYYY-MM-DD HH:MM"_s), qPrintable(notATime.err));
        QCOMPARE(run({u"lead"_s, u"follow-up"_s, open}).code, 2); // neither --at nor --clear
        const Run overdue = run({u"lead"_s, u"list"_s, u"--due"_s, u"overdue"_s, u"--json"_s});
        QCOMPARE(overdue.json().array().size(), 1);
        QCOMPARE(overdue.json().array().first().toObject().value(u"id"_s).toString(), open);
        QCOMPARE(run({u"lead"_s, u"list"_s, u"--due"_s, u"tomorrow"_s}).code, 1);
        QVERIFY(ok({u"lead"_s, u"follow-up"_s, open, u"--clear"_s}).value(u"next_follow_up_at"_s).isNull());
        QCOMPARE(run({u"lead"_s, u"list"_s, u"--due"_s, u"overdue"_s, u"--json"_s}).json().array().size(), 0);

        // Notes: written, listed, corrected, removed; an empty one refused with its rule.
        const QJsonObject note = ok({u"lead"_s, u"note"_s, open, u"--text"_s, u"Wants 3 units"_s});
        QCOMPARE(note.value(u"body"_s).toString(), u"Wants 3 units"_s);
        const Run empty = run({u"lead"_s, u"note"_s, open, u"--text"_s, u"  "_s});
        QCOMPARE(empty.code, 2); // a required option left empty is a usage error
        QVERIFY2(empty.err.contains(u"--text"_s), qPrintable(empty.err));
        const Run bell = run({u"lead"_s, u"note"_s, open, u"--text"_s, u"ring\u0007"_s});
        QCOMPARE(bell.code, 1);
        QVERIFY2(bell.err.contains(u"control character"_s), qPrintable(bell.err));
        const QString noteId = note.value(u"id"_s).toString();
        QCOMPARE(ok({u"lead"_s, u"note-edit"_s, noteId, u"--text"_s, u"Wants 4 units"_s}).value(u"body"_s).toString(),
                 u"Wants 4 units"_s);
        const Run listed = run({u"lead"_s, u"notes"_s, open});
        QVERIFY2(listed.code == 0 && listed.out.contains(u"Wants 4 units"_s), qPrintable(listed.out));
        QCOMPARE(run({u"lead"_s, u"note-edit"_s, noteId, u"--remove"_s}).code, 0);
        QCOMPARE(run({u"lead"_s, u"notes"_s, open, u"--json"_s}).json().array().size(), 0);
    }

    void demoAndAutoDisqualify()
    {
        QTemporaryDir demo;
        const Run filled = run({u"demo"_s, u"--leads"_s, u"2000"_s, u"--seed"_s, u"5"_s, u"--json"_s}, demo.path());
        QCOMPARE(filled.code, 0);
        QCOMPARE(filled.json().object().value(u"leads"_s).toInt(), 2000);
        QCOMPARE(run({u"demo"_s, u"--leads"_s, u"10"_s}, demo.path()).code, 1); // not empty any more
        QCOMPARE(run({u"demo"_s, u"--leads"_s, u"-3"_s}, demo.path()).code, 1);
        QCOMPARE(run({u"demo"_s}, demo.path()).code, 2);

        const Run dry = run({u"lead"_s, u"auto-disqualify"_s, u"--dry-run"_s, u"--json"_s}, demo.path());
        QCOMPARE(dry.code, 0);
        const int candidates = dry.json().object().value(u"count"_s).toInt();
        QVERIFY(candidates > 0);
        const Run real = run({u"lead"_s, u"auto-disqualify"_s, u"--json"_s}, demo.path());
        QCOMPARE(real.json().object().value(u"count"_s).toInt(), candidates);
        QCOMPARE(real.json().object().value(u"ids"_s).toArray().size(), candidates);
        const Run after = run({u"lead"_s, u"auto-disqualify"_s, u"--dry-run"_s, u"--json"_s}, demo.path());
        QCOMPARE(after.json().object().value(u"count"_s).toInt(), 0);
    }

    void editCampaignAndNiche()
    {
        const QJsonObject edited =
            ok({u"campaign"_s, u"edit"_s, m_campaign, u"--name"_s, u"Переименована"_s, u"--budget"_s, u"750000"_s});
        QCOMPARE(edited.value(u"name"_s).toString(), u"Переименована"_s);
        QCOMPARE(edited.value(u"budget"_s).toDouble(), 750000.0);
        QCOMPARE(run({u"campaign"_s, u"edit"_s, m_campaign}).code, 2); // nothing to change
        const Run negative = run({u"campaign"_s, u"edit"_s, m_campaign, u"--budget"_s, u"-5"_s});
        QCOMPARE(negative.code, 1);
        const QJsonObject niche = ok({u"niche"_s, u"edit"_s, m_niche, u"--category"_s, u"окна и двери"_s});
        QCOMPARE(niche.value(u"category"_s).toString(), u"окна и двери"_s);
    }

    void exportChartsAndDataWithoutADisplay()
    {
        QTemporaryDir demo;
        QCOMPARE(run({u"demo"_s, u"--leads"_s, u"2000"_s, u"--seed"_s, u"9"_s, u"--quiet"_s}, demo.path()).code, 0);
        const auto exportTo = [&](const QStringList& args) {
            return run(QStringList{u"export"_s} + args, demo.path(), true);
        };
        const QList<std::pair<QString, QByteArray>> formats = {
            {u"png"_s, "\x89PNG\r\n"}, {u"pdf"_s, "%PDF-"}, {u"svg"_s, "<?xml"}, {u"csv"_s, ""}};
        for (const QString& chart : {u"funnel"_s, u"budget"_s}) {
            for (const auto& [format, magic] : formats) {
                const QString out = demo.filePath(chart + u"."_s + format);
                const Run r = exportTo({chart, u"--format"_s, format, u"--out"_s, out, u"--json"_s});
                QVERIFY2(r.code == 0, qPrintable(r.err));
                QCOMPARE(r.json().object().value(u"bytes"_s).toInteger(), QFileInfo(out).size());
                QFile f(out);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                QVERIFY2(bytes.size() > 200, qPrintable(out));
                if (format == u"csv"_s)
                    QVERIFY(bytes.startsWith(chart == u"funnel"_s ? "stage,kind,leads" : "campaign_id,campaign"));
                else
                    QVERIFY2(bytes.startsWith(magic), qPrintable(out));
            }
        }
        QFile funnel(demo.filePath(u"funnel.csv"_s));
        QVERIFY(funnel.open(QIODevice::ReadOnly));
        QVERIFY(funnel.readAll().contains("\r\nnew,step,2000,100.0,0\r\n"));
        // A filter narrows the data; the format also follows the file name.
        QVERIFY(exportTo({u"funnel"_s, u"--source"_s, u"kaspi"_s, u"--out"_s, demo.filePath(u"kaspi.csv"_s)}).code ==
                0);
        QFile kaspi(demo.filePath(u"kaspi.csv"_s));
        QVERIFY(kaspi.open(QIODevice::ReadOnly));
        const QByteArray kaspiRow = kaspi.readAll().split('\n').value(1);
        const int kaspiLeads = kaspiRow.split(',').value(2).toInt();
        QVERIFY2(kaspiLeads > 0 && kaspiLeads < 2000, kaspiRow.constData());

        // Bad input: a clear message and nothing written.
        const Run badFormat = exportTo({u"funnel"_s, u"--format"_s, u"bmp"_s, u"--out"_s, demo.filePath(u"x.bmp"_s)});
        QCOMPARE(badFormat.code, 1);
        QVERIFY2(badFormat.err.contains(u"png, pdf, svg or csv"_s), qPrintable(badFormat.err));
        QVERIFY(!QFile::exists(demo.filePath(u"x.bmp"_s)));
        const Run badDate =
            exportTo({u"funnel"_s, u"--from"_s, u"2026-13-01"_s, u"--out"_s, demo.filePath(u"x.csv"_s)});
        QCOMPARE(badDate.code, 1);
        QVERIFY2(badDate.err.contains(u"YYYY-MM-DD"_s), qPrintable(badDate.err));
        const Run backwards = exportTo({u"budget"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-09-01"_s,
                                        u"--out"_s, demo.filePath(u"x.csv"_s)});
        QCOMPARE(backwards.code, 1);
        QCOMPARE(exportTo({u"funnel"_s, u"--campaign"_s, u"0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b"_s, u"--out"_s,
                           demo.filePath(u"x.csv"_s)})
                     .code,
                 1);
        QCOMPARE(exportTo({u"pie"_s, u"--out"_s, demo.filePath(u"x.png"_s)}).code, 2);
        QCOMPARE(exportTo({u"funnel"_s}).code, 2); // --out is required
        // The funnel by source and campaign, and the weekly conversion: the window's other two views.
        for (const QString& chart : {u"breakdown"_s, u"weekly"_s}) {
            const QString csvPath = demo.filePath(chart + u".csv"_s);
            QCOMPARE(exportTo({chart, u"--out"_s, csvPath}).code, 0);
            QFile csv(csvPath);
            QVERIFY(csv.open(QIODevice::ReadOnly));
            QVERIFY(csv.readAll().startsWith(chart == u"weekly"_s ? "week,created" : "group,group_name"));
            const QString png = demo.filePath(chart + u".png"_s);
            QCOMPARE(exportTo({chart, u"--out"_s, png}).code, 0);
            QFile image(png);
            QVERIFY(image.open(QIODevice::ReadOnly));
            QVERIFY(image.read(4) == "\x89PNG");
        }
        // A format the file name contradicts: refused, nothing written.
        const Run mismatch = exportTo({u"funnel"_s, u"--format"_s, u"png"_s, u"--out"_s, demo.filePath(u"f.pdf"_s)});
        QCOMPARE(mismatch.code, 2);
        QVERIFY2(mismatch.err.contains(u"says pdf"_s), qPrintable(mismatch.err));
        QVERIFY(!QFile::exists(demo.filePath(u"f.pdf"_s)));
        const Run unwritable = exportTo({u"funnel"_s, u"--out"_s, u"/nonexistent-dir/funnel.png"_s});
        QCOMPARE(unwritable.code, 1);
        QVERIFY2(unwritable.err.contains(u"/nonexistent-dir/funnel.png"_s), qPrintable(unwritable.err));
        QVERIFY(!QFile::exists(demo.filePath(u"x.csv"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
