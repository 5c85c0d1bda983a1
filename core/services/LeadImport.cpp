#include "core/services/LeadImport.h"

#include "core/domain/Campaign.h"
#include "core/domain/Contact.h"
#include "core/domain/Note.h"
#include "core/io/CsvWriter.h"
#include "core/obs/Logging.h"
#include "core/store/CampaignStore.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/SearchIndex.h"
#include "core/store/SetAsideTriggers.h"
#include "core/util/Clock.h"
#include "core/util/Ids.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(LeadImporter)
};

// Excel shows a long number as "7.7011234567E10" and saves it so in CSV: the digits are all
// there when the mantissa has no more digits than the exponent.
std::optional<QString> digitsOfExcelNumber(const QString& text)
{
    static const QRegularExpression scientific(uR"(^(\d)[.,](\d+)[eE]\+?(\d{1,2})$)"_s);
    const auto m = scientific.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString fraction = m.captured(2);
    const int exponent = m.captured(3).toInt();
    if (fraction.size() > exponent)
        return std::nullopt;
    return m.captured(1) + fraction + QString(exponent - fraction.size(), u'0');
}

std::optional<Platform> platformFromText(const QString& raw)
{
    const QString text = raw.trimmed().toLower();
    if (const auto key = fromKey<Platform>(text))
        return key;
    for (const Platform p : {Platform::Olx, Platform::Kaspi, Platform::Satu, Platform::Telegram}) {
        if (displayName(p).toLower() == text)
            return p;
    }
    static const QHash<QString, Platform> aliases = {
        {u"olx.kz"_s, Platform::Olx},    {u"олх"_s, Platform::Olx},           {u"kaspi.kz"_s, Platform::Kaspi},
        {u"каспи"_s, Platform::Kaspi},   {u"satu.kz"_s, Platform::Satu},      {u"сату"_s, Platform::Satu},
        {u"tg"_s, Platform::Telegram},   {u"телеграм"_s, Platform::Telegram}, {u"телеграмм"_s, Platform::Telegram},
        {u"t.me"_s, Platform::Telegram},
    };
    if (const auto it = aliases.constFind(text); it != aliases.cend())
        return *it;
    return std::nullopt;
}

// Digits of `text` from `from` on, as a number; `to` is where they end. -1 without any.
int numberAt(QStringView text, qsizetype from, qsizetype& to)
{
    int value = 0;
    to = from;
    while (to < text.size() && to - from < 4 && text.at(to).isDigit())
        value = value * 10 + text.at(to++).digitValue();
    return to == from ? -1 : value;
}

// The forms nearly every file uses (2026-11-20, 20.11.2026, with an optional 14:30 or 14:30:05),
// read by hand: QDateTime::fromString tries each format in turn, and every failed try asks the C
// library for the local zone, which stats /etc/localtime (30 times a row, a fifth of a big import).
std::optional<QDateTime> commonTimeFromText(QStringView text)
{
    qsizetype at = 0;
    const int first = numberAt(text, 0, at);
    if (first < 0 || at >= text.size())
        return std::nullopt;
    const QChar separator = text.at(at);
    if (separator != u'.' && separator != u'-')
        return std::nullopt;
    const int second = numberAt(text, at + 1, at);
    if (second < 0 || at >= text.size() || text.at(at) != separator)
        return std::nullopt;
    const bool yearFirst = separator == u'-';
    const int third = numberAt(text, at + 1, at);
    if (third < 0)
        return std::nullopt;
    const QDate date = yearFirst ? QDate(first, second, third) : QDate(third, second, first);
    if (!date.isValid() || date.year() < 1000) // "20.11.26" is for the format list's century rule
        return std::nullopt;
    QTime time(0, 0);
    if (at < text.size()) {
        if (text.at(at) != u' ' && text.at(at) != u'T')
            return std::nullopt;
        const int hours = numberAt(text, at + 1, at);
        if (hours < 0 || at >= text.size() || text.at(at) != u':')
            return std::nullopt;
        const int minutes = numberAt(text, at + 1, at);
        int seconds = 0;
        if (minutes >= 0 && at < text.size() && text.at(at) == u':')
            seconds = numberAt(text, at + 1, at);
        if (minutes < 0 || seconds < 0 || at != text.size())
            return std::nullopt;
        time = QTime(hours, minutes, seconds);
        if (!time.isValid())
            return std::nullopt;
    }
    return QDateTime(date, time).toUTC();
}

// A time the file gives in the user's local zone, returned in UTC (cheap to compare and store).
std::optional<QDateTime> timeFromText(const QString& raw)
{
    const QString text = raw.trimmed();
    if (const auto common = commonTimeFromText(text))
        return common;
    static const QStringList dateTimes = {u"yyyy-MM-dd HH:mm:ss"_s, u"yyyy-MM-dd HH:mm"_s, u"yyyy-MM-ddTHH:mm:ss"_s,
                                          u"dd.MM.yyyy HH:mm:ss"_s, u"dd.MM.yyyy HH:mm"_s, u"d.M.yyyy H:mm"_s,
                                          u"dd/MM/yyyy HH:mm"_s};
    for (const QString& f : dateTimes) {
        const QDateTime t = QDateTime::fromString(text, f);
        if (t.isValid())
            return t.toUTC();
    }
    static const QStringList dates = {u"yyyy-MM-dd"_s, u"dd.MM.yyyy"_s, u"d.M.yyyy"_s, u"dd/MM/yyyy"_s, u"dd.MM.yy"_s};
    for (const QString& f : dates) {
        QDate d = QDate::fromString(text, f);
        if (d.isValid()) {
            if (d.year() < 1970)
                d = d.addYears(100); // "dd.MM.yy" reads 26 as 1926
            return QDateTime(d, QTime(0, 0)).toUTC();
        }
    }
    const QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
    return iso.isValid() ? std::optional(iso.toUTC()) : std::nullopt;
}

QString cell(const TableRow& row, int column)
{
    return column >= 0 && column < row.cells.size() ? row.cells.at(column).trimmed() : QString();
}

// Campaigns by id and by name (any case): what a campaign column may say.
struct CampaignIndex
{
    QHash<QString, Campaign> byKey;
    std::optional<Campaign> find(const QString& text) const
    {
        const auto it = byKey.constFind(text.trimmed().toLower());
        return it == byKey.cend() ? std::nullopt : std::optional(*it);
    }
};

// One row as read: either the lead it describes or why it cannot be one.
struct RowLead
{
    QString contact; // normalised
    QString name;
    QString note;
    std::optional<Platform> source;
    std::optional<QDateTime> createdAt;
    Campaign campaign;
};

// ImportedLead::fingerprint: every field a person or a rule changes; not updated_at (a sync brings
// the server's time back) nor the id.
QString importFingerprint(const Lead& l)
{
    const auto ms = [](const std::optional<QDateTime>& t) {
        return t ? QString::number(t->toMSecsSinceEpoch()) : QString();
    };
    return QStringList{l.campaignId,
                       toKey(l.source),
                       l.contact,
                       l.displayName,
                       l.ownerId,
                       ms(l.nextFollowUpAt),
                       l.followUpNote,
                       toKey(l.status),
                       QString::number(l.qualificationScore, 'g', 17),
                       QString::number(l.messagesCount),
                       ms(l.createdAt),
                       ms(l.qualifiedAt),
                       ms(l.disqualifiedAt),
                       l.disqualificationReason}
        .join(u'\x1f');
}

} // namespace

LeadImporter::LeadImporter(Database& db, const Clock& clock, const Actor& actor)
    : m_db(db), m_clock(clock), m_actor(actor), m_leads(db, clock, actor), m_batches(db)
{}

Result<ImportPreview> LeadImporter::preview(const QString& path, const TableOptions& options, int rows)
{
    auto reader = openTable(path, options);
    if (!reader)
        return tl::unexpected(reader.error());
    ImportPreview preview;
    TableRow row;
    auto more = (*reader)->next(row);
    if (!more)
        return tl::unexpected(more.error());
    if (!*more)
        return fail(ErrorKind::Validation, ImportText::tr("%1 has no rows: there is nothing to import").arg(path));
    preview.headers = row.cells;
    while (preview.rows.size() < rows) {
        more = (*reader)->next(row);
        if (!more) {
            if (preview.rows.isEmpty())
                return tl::unexpected(more.error());
            break; // the preview shows what reads; the import reports the rest
        }
        if (!*more)
            break;
        preview.rows << row;
    }
    preview.table = (*reader)->info();
    preview.mapping = ImportMapping::guess(preview.headers);
    return preview;
}

Result<ImportReport> LeadImporter::run(const ImportRequest& request, const Progress& progress)
{
    if (auto allowed = m_actor.checkCanChange(EntityKind::Lead); !allowed)
        return tl::unexpected(allowed.error());
    auto opened = openTable(request.path, request.table);
    if (!opened)
        return tl::unexpected(opened.error());
    TableReader& reader = **opened;
    ImportReport report;
    report.dryRun = request.dryRun;
    report.skipInvalid = request.skipInvalid;
    report.table = reader.info();

    TableRow row;
    auto more = reader.next(row);
    if (!more)
        return tl::unexpected(more.error());
    if (!*more)
        return fail(ErrorKind::Validation,
                    ImportText::tr("%1 has no rows: there is nothing to import").arg(request.path));
    report.headers = row.cells;
    report.mapping = request.mapping.value_or(ImportMapping::guess(report.headers));
    const ImportMapping& map = report.mapping;
    if (!map.has(ImportField::Contact))
        return fail(ErrorKind::Validation,
                    ImportText::tr("No column holds the contact. Expected a column named like Телефон, Phone, "
                                   "Байланыс, Telegram or Email, or a mapping (--map contact=HEADER). The file's "
                                   "columns: %1")
                        .arg(report.headers.join(u", "_s)));

    // The campaigns rows may name, and the whole file's refusal when one takes no leads.
    CampaignStore campaignStore(m_db);
    const auto campaigns = campaignStore.list({});
    if (!campaigns)
        return tl::unexpected(campaigns.error());
    CampaignIndex index;
    for (const Campaign& c : *campaigns) {
        index.byKey.insert(c.id.toLower(), c);
        index.byKey.insert(c.name.trimmed().toLower(), c);
    }
    std::optional<Campaign> target;
    if (!request.campaignId.isEmpty()) {
        target = index.find(request.campaignId);
        if (!target)
            return fail(ErrorKind::NotFound,
                        ImportText::tr("No campaign %1 in this workspace").arg(request.campaignId));
        if (auto accepts = target->checkAcceptsLeads(); !accepts)
            return tl::unexpected(Error{accepts.error().kind,
                                        ImportText::tr("Nothing was imported: %1").arg(accepts.error().message),
                                        accepts.error().rule});
    } else if (!map.has(ImportField::Campaign)) {
        return fail(ErrorKind::Validation,
                    ImportText::tr("Choose the campaign the leads come into (--campaign ID), or the column that "
                                   "names it (--campaign-column HEADER)"));
    }

    const QDateTime now = m_clock.now();
    const Database::StatementCache statements(m_db); // the same few statements for every row
    // New leads land all over the leads' indexes (a million rows: hundreds of megabytes); a larger
    // page cache for the import's length keeps them from being read again and again. Within the
    // 300 MB an import may take; back to the connection's own size afterwards.
    (void)m_db.exec(u"PRAGMA cache_size=-196608"_s);
    const auto restoreCache = qScopeGuard([this] { (void)m_db.exec(u"PRAGMA cache_size=-32768"_s); });
    std::optional<Transaction> tx;
    std::optional<SearchIndex::BulkInsert> searchIndex; // after tx: ends before it
    // Every new lead comes through the domain (Lead::create, rename), which holds the name and the
    // reason to stricter limits than the two check triggers, each a sub-program per row and a
    // statement journal per insert: set aside for the import's transaction, as a sync's snapshot
    // does (after tx: back before it ends, commit or rollback).
    std::optional<SetAsideTriggers> insertChecks;
    if (!request.dryRun) {
        tx.emplace(m_db);
        if (!tx->started())
            return tl::unexpected(tx->started().error());
        searchIndex.emplace(m_db);
        insertChecks.emplace(m_db, leadInsertCheckTriggers());
        report.batchId = newUuidV7(now);
        if (auto r = m_batches.insert(ImportBatch{report.batchId, QFileInfo(request.path).fileName(), now,
                                                  m_actor.name(), 0, 0, std::nullopt});
            !r)
            return tl::unexpected(r.error());
    }
    bool writing = !request.dryRun;
    QHash<QString, qint64> seen; // campaign + contact -> the row that brought it
    LeadStore leads(m_db);
    const auto invalid = [&](qint64 rowNumber, const QString& reason) {
        report.invalid << ImportIssue{rowNumber, reason};
        if (!request.skipInvalid)
            writing = false; // all or nothing: read on only to list every problem
    };

    // New leads are created a few hundred at a time (LeadService::createMany): one transaction
    // and one read of their campaign for the lot instead of for each.
    struct PendingLead
    {
        qint64 row;
        LeadService::NewLead lead;
        QString note;
    };
    constexpr qsizetype kCreateChunk = 500;
    QList<PendingLead> pending;
    const auto createPending = [&]() -> Result<void> {
        if (pending.isEmpty() || !writing) {
            pending.clear();
            return {};
        }
        QList<LeadService::NewLead> drafts;
        drafts.reserve(pending.size());
        for (const PendingLead& p : std::as_const(pending))
            drafts << p.lead;
        const auto created = m_leads.createMany(drafts);
        if (!created)
            return tl::unexpected(created.error());
        for (qsizetype i = 0; i < pending.size(); ++i) {
            const Result<Lead>& lead = created->at(i);
            if (!lead) {
                --report.imported;
                invalid(pending.at(i).row, lead.error().message);
                continue;
            }
            ImportedLead record{lead->id, ImportedLead::Change::Created, {}, {}, importFingerprint(*lead)};
            if (!pending.at(i).note.isEmpty()) {
                const auto note = m_leads.addNote(lead->id, pending.at(i).note);
                if (!note)
                    return tl::unexpected(note.error());
                record.noteId = note->id;
            }
            if (auto r = m_batches.addLead(report.batchId, record); !r)
                return tl::unexpected(r.error());
        }
        pending.clear();
        return {};
    };

    while (true) {
        more = reader.next(row);
        if (!more) {
            // A file that cannot be read on is refused whole: what was written goes (tx).
            return tl::unexpected(
                Error{more.error().kind, ImportText::tr("Nothing was imported: %1").arg(more.error().message), {}});
        }
        if (!*more)
            break;
        ++report.rows;
        if ((report.rows & 255) == 0) {
            if (progress.advanced)
                progress.advanced(reader.position(), reader.info().fileSize);
            if (progress.canceled && progress.canceled()) {
                report.canceled = true;
                report.batchId.clear();
                return report; // the transaction rolls back
            }
        }
        if (row.cells.size() > report.headers.size()) {
            bool extra = false;
            for (qsizetype i = report.headers.size(); i < row.cells.size(); ++i)
                extra = extra || !row.cells.at(i).trimmed().isEmpty();
            if (extra) {
                invalid(row.number, ImportText::tr("%1 cells where the header has %2: a delimiter inside an unquoted "
                                                   "cell?")
                                        .arg(row.cells.size())
                                        .arg(report.headers.size()));
                continue;
            }
        }

        RowLead lead;
        QString rawContact = cell(row, map.column(ImportField::Contact));
        if (rawContact.isEmpty()) {
            invalid(row.number, ImportText::tr("no contact"));
            continue;
        }
        if (const auto digits = digitsOfExcelNumber(rawContact))
            rawContact = *digits;
        const auto contact = normalizeContact(rawContact);
        if (!contact) {
            invalid(row.number, contact.error().message);
            continue;
        }
        lead.contact = contact->value;
        lead.name = cell(row, map.column(ImportField::DisplayName));
        if (!lead.name.isEmpty()) {
            if (auto checked = Lead::checkDisplayName(lead.name); !checked) {
                invalid(row.number, checked.error().message);
                continue;
            }
        }
        lead.note = cell(row, map.column(ImportField::Note));
        if (!lead.note.isEmpty()) {
            if (auto checked = Note::checkBody(lead.note); !checked) {
                invalid(row.number, checked.error().message);
                continue;
            }
        }
        if (const QString source = cell(row, map.column(ImportField::Source)); !source.isEmpty()) {
            lead.source = platformFromText(source);
            if (!lead.source) {
                invalid(
                    row.number,
                    ImportText::tr("source \"%1\" is not one of %2").arg(source, allKeys<Platform>().join(u", "_s)));
                continue;
            }
        }
        if (const QString created = cell(row, map.column(ImportField::CreatedAt)); !created.isEmpty()) {
            lead.createdAt = timeFromText(created);
            if (!lead.createdAt) {
                invalid(row.number, ImportText::tr("date \"%1\" is not a date: expected 2026-12-06, 06.12.2026 or "
                                                   "06.12.2026 14:30")
                                        .arg(created));
                continue;
            }
            if (*lead.createdAt > now) {
                invalid(row.number, ImportText::tr("date %1 is in the future").arg(created));
                continue;
            }
        }
        const QString campaignText = cell(row, map.column(ImportField::Campaign));
        if (!campaignText.isEmpty()) {
            const auto named = index.find(campaignText);
            if (!named) {
                invalid(row.number, ImportText::tr("campaign \"%1\" is not in this workspace").arg(campaignText));
                continue;
            }
            if (auto accepts = named->checkAcceptsLeads(); !accepts)
                return tl::unexpected(Error{accepts.error().kind,
                                            ImportText::tr("Nothing was imported: row %1 names campaign \"%2\". %3")
                                                .arg(row.number)
                                                .arg(campaignText, accepts.error().message),
                                            accepts.error().rule});
            lead.campaign = *named;
        } else if (target) {
            lead.campaign = *target;
        } else {
            invalid(row.number, ImportText::tr("no campaign"));
            continue;
        }

        const QString key = lead.campaign.id + u'\x1f' + lead.contact;
        if (const auto first = seen.constFind(key); first != seen.cend()) {
            report.duplicates << ImportIssue{
                row.number,
                ImportText::tr("%1 is already on row %2 of this file").arg(displayContact(lead.contact)).arg(*first)};
            continue;
        }
        seen.insert(key, row.number);
        const auto taken = leads.hasContact(lead.campaign.id, lead.contact);
        if (!taken)
            return tl::unexpected(taken.error());
        const auto existing = *taken ? leads.findByContact(lead.campaign.id, lead.contact) : std::optional<Lead>();
        if (!existing)
            return tl::unexpected(existing.error());
        if (*existing) {
            const Lead& there = **existing;
            const bool rename = !lead.name.isEmpty() && lead.name != there.displayName;
            bool addNote = !lead.note.isEmpty() && request.duplicates == ImportRequest::Duplicates::Update;
            if (addNote) { // a file imported twice does not write its notes twice
                const auto notes = m_leads.notes(there.id);
                if (!notes)
                    return tl::unexpected(notes.error());
                const auto body = Note::checkBody(lead.note);
                for (const Note& n : *notes)
                    addNote = addNote && body && n.body != *body;
            }
            if (request.duplicates == ImportRequest::Duplicates::Skip || (!rename && !addNote)) {
                report.duplicates << ImportIssue{row.number,
                                                 ImportText::tr("%1 is already lead %2 of campaign \"%3\"")
                                                     .arg(displayContact(lead.contact), there.id, lead.campaign.name)};
                continue;
            }
            if (auto may = m_leads.checkMayWorkOn(there); !may) {
                report.duplicates << ImportIssue{row.number, may.error().message};
                continue;
            }
            ++report.updated;
            if (!writing)
                continue;
            ImportedLead record{
                there.id, ImportedLead::Change::Renamed, there.displayName, {}, importFingerprint(there)};
            if (rename) {
                const auto renamed = m_leads.rename(there.id, lead.name);
                if (!renamed) {
                    --report.updated;
                    invalid(row.number, renamed.error().message);
                    continue;
                }
                record.fingerprint = importFingerprint(*renamed);
            }
            if (addNote) {
                const auto note = m_leads.addNote(there.id, lead.note);
                if (!note)
                    return tl::unexpected(note.error());
            }
            if (rename) {
                if (auto r = m_batches.addLead(report.batchId, record); !r)
                    return tl::unexpected(r.error());
            }
            continue;
        }
        ++report.imported;
        if (!writing)
            continue;
        pending << PendingLead{
            row.number,
            {lead.campaign.id, lead.source.value_or(lead.campaign.platform), lead.contact, lead.name, lead.createdAt},
            lead.note};
        if (pending.size() >= kCreateChunk) {
            if (auto r = createPending(); !r)
                return tl::unexpected(r.error());
        }
    }
    if (auto r = createPending(); !r)
        return tl::unexpected(r.error());
    if (progress.advanced)
        progress.advanced(reader.info().fileSize, reader.info().fileSize);

    if (!writing || report.imported + report.updated == 0) {
        report.batchId.clear(); // nothing stored: the transaction rolls back
        return report;
    }
    if (auto r = m_batches.finish(report.batchId, report.imported, report.updated); !r)
        return tl::unexpected(r.error());
    if (auto r = searchIndex->finish(); !r)
        return tl::unexpected(r.error());
    if (auto r = insertChecks->restore(); !r)
        return tl::unexpected(r.error());
    if (auto r = tx->commit(); !r)
        return tl::unexpected(r.error());
    report.written = true;
    qCInfo(lcService) << "import" << report.batchId << "rows" << report.rows << "imported" << report.imported
                      << "updated" << report.updated << "duplicates" << report.duplicates.size() << "invalid"
                      << report.invalid.size();
    return report;
}

Result<QList<ImportBatch>> LeadImporter::batches()
{
    return m_batches.list();
}

Result<LeadImporter::UndoReport> LeadImporter::undo(const QString& batchId)
{
    const auto batch = m_batches.get(batchId.trimmed());
    if (!batch)
        return tl::unexpected(batch.error());
    if (!*batch)
        return fail(ErrorKind::NotFound, ImportText::tr("No import %1 in this workspace").arg(batchId));
    if ((*batch)->undoneAt)
        return fail(ErrorKind::Rule,
                    ImportText::tr("Import %1 was already undone on %2")
                        .arg((*batch)->id, QLocale().toString((*batch)->undoneAt->toLocalTime(), QLocale::ShortFormat)),
                    u"import_undo"_s);
    const auto records = m_batches.leads((*batch)->id);
    if (!records)
        return tl::unexpected(records.error());
    // Touched: changed here since the import (its history has a later entry), or by a colleague (a
    // sync brought another version), or given a note, or gone.
    QStringList touched;
    for (const ImportedLead& r : *records) {
        const auto lead = m_leads.get(r.leadId);
        if (!lead) {
            touched << r.leadId;
            continue;
        }
        const auto changedHere = m_batches.changedSince((*batch)->id, r.leadId);
        if (!changedHere)
            return tl::unexpected(changedHere.error());
        bool changed = *changedHere || importFingerprint(*lead) != r.fingerprint;
        if (!changed && r.change == ImportedLead::Change::Created) {
            const auto notes = m_leads.notes(r.leadId);
            if (!notes)
                return tl::unexpected(notes.error());
            for (const Note& n : *notes)
                changed = changed || n.id != r.noteId;
        }
        if (changed)
            touched << (lead->displayName.isEmpty() ? displayContact(lead->contact) : lead->displayName);
    }
    if (!touched.isEmpty())
        return fail(ErrorKind::Rule,
                    ImportText::tr("Import %1 cannot be undone: %n of its leads changed since (%2). Change them back "
                                   "or remove them one by one.",
                                   nullptr, static_cast<int>(touched.size()))
                        .arg((*batch)->id, QStringList(touched.mid(0, 5)).join(u", "_s)),
                    u"import_undo"_s);
    UndoReport report;
    Transaction tx(m_db);
    if (!tx.started())
        return tl::unexpected(tx.started().error());
    const QString why = ImportText::tr("import %1 undone").arg((*batch)->fileName);
    for (const ImportedLead& r : *records) {
        if (r.change == ImportedLead::Change::Created) {
            if (auto done = m_leads.remove(r.leadId, why); !done)
                return tl::unexpected(done.error());
            ++report.removed;
        } else {
            if (auto done = m_leads.rename(r.leadId, r.previousName); !done)
                return tl::unexpected(done.error());
            ++report.renamedBack;
        }
    }
    if (auto r = m_batches.markUndone((*batch)->id, m_clock.now()); !r)
        return tl::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return tl::unexpected(r.error());
    return report;
}

QList<ImportReport::IssueLine> ImportReport::issuesByRow() const
{
    QList<IssueLine> lines;
    for (const ImportIssue& i : invalid)
        lines << IssueLine{i.row, ImportText::tr("invalid"), i.reason};
    for (const ImportIssue& i : duplicates)
        lines << IssueLine{i.row, ImportText::tr("duplicate"), i.reason};
    std::stable_sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) { return a.row < b.row; });
    return lines;
}

Result<void> LeadImporter::writeIssues(const ImportReport& report, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorKind::Validation, ImportText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    CsvWriter csv(file);
    csv.writeRow({ImportText::tr("Row"), ImportText::tr("Problem"), ImportText::tr("Reason")});
    for (const auto& line : report.issuesByRow())
        csv.writeRow({QString::number(line.row), line.problem, line.reason});
    if (!csv.finish() || !file.commit())
        return fail(ErrorKind::Validation, ImportText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace leadops
