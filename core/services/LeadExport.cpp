#include "core/services/LeadExport.h"

#include "core/domain/Contact.h"
#include "core/io/CsvWriter.h"
#include "core/store/CampaignStore.h"
#include "core/store/Database.h"
#include "core/store/LeadStore.h"
#include "core/store/TeamStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

template <>
std::span<const EnumText> enumTexts<LeadFileFormat>()
{
    static constexpr EnumText texts[] = {{"csv", "CSV"}, {"xlsx", "XLSX"}};
    return texts;
}

std::optional<LeadFileFormat> leadFileFormatOf(const QString& path)
{
    return fromKey<LeadFileFormat>(QFileInfo(path).suffix());
}

namespace {
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(LeadExporter)
};

// The columns, in order; what a cell holds is decided in one place (cells()).
enum Column {
    ContactColumn,
    NameColumn,
    OwnerColumn,
    StatusColumn,
    ScoreColumn,
    MessagesColumn,
    SourceColumn,
    CampaignColumn,
    FollowUpColumn,
    FollowUpNoteColumn,
    CreatedColumn,
    UpdatedColumn,
    ReasonColumn,
    IdColumn,
    ColumnCount
};

QStringList headers()
{
    return {ExportText::tr("Contact"),
            ExportText::tr("Name"),
            ExportText::tr("Owner"),
            ExportText::tr("Status"),
            ExportText::tr("Score"),
            ExportText::tr("Messages"),
            ExportText::tr("Source"),
            ExportText::tr("Campaign"),
            ExportText::tr("Follow-up"),
            ExportText::tr("Follow-up note"),
            ExportText::tr("Created"),
            ExportText::tr("Updated"),
            ExportText::tr("Disqualification reason"),
            ExportText::tr("Id")};
}

// Names instead of ids: what a boss reading the file knows. Read once per export: translating a
// status or a source, or converting a time zone, is microseconds, and a million rows pay it often.
struct Names
{
    QHash<QString, QString> campaigns;
    QHash<QString, QString> owners;
    QStringList statuses = [] {
        QStringList t;
        for (const auto key : allValues<LeadStatus>())
            t << displayName(key);
        return t;
    }();
    QStringList sources = [] {
        QStringList t;
        for (const auto key : allValues<Platform>())
            t << displayName(key);
        return t;
    }();
    mutable QHash<qint64, qint64> offsets; // UTC offset (ms) per hour of UTC time

    // The local wall-clock time of `t`, as milliseconds since the epoch read as UTC.
    qint64 localMs(const QDateTime& t) const
    {
        const qint64 ms = t.toMSecsSinceEpoch();
        const qint64 hour = ms >= 0 ? ms / 3'600'000 : (ms - 3'599'999) / 3'600'000;
        auto it = offsets.constFind(hour);
        if (it == offsets.cend())
            it = offsets.insert(hour, qint64(t.toLocalTime().offsetFromUtc()) * 1000);
        return ms + *it;
    }
    // "yyyy-MM-dd HH:mm" in local time.
    QString localTime(const std::optional<QDateTime>& t) const
    {
        if (!t)
            return {};
        const QString iso = isoUtcFromMs(localMs(*t)); // 2026-11-25T20:18:35.123Z
        return iso.left(10) + u' ' + iso.mid(11, 5);
    }
};

QStringList cells(const Lead& l, const Names& names)
{
    return {l.contact,
            l.displayName,
            names.owners.value(l.ownerId, l.ownerId),
            names.statuses.at(static_cast<qsizetype>(l.status)),
            l.isScored() ? QString::number(l.qualificationScore, 'f', 2) : QString(),
            QString::number(l.messagesCount),
            names.sources.at(static_cast<qsizetype>(l.source)),
            names.campaigns.value(l.campaignId, l.campaignId),
            names.localTime(l.nextFollowUpAt),
            l.followUpNote,
            names.localTime(l.createdAt),
            names.localTime(l.updatedAt),
            l.disqualificationReason,
            l.id};
}

lxw_datetime toXlsx(const QDateTime& t, const Names& names)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(names.localMs(t), Qt::UTC);
    return lxw_datetime{local.date().year(), local.date().month(),  local.date().day(),
                        local.time().hour(), local.time().minute(), static_cast<double>(local.time().second())};
}

Error writeFailed(const QString& path, const QString& why)
{
    return Error{ErrorKind::Validation, ExportText::tr("Cannot write %1: %2").arg(path, why), {}};
}

} // namespace

Result<qint64> LeadExporter::write(const LeadFilter& filter, LeadFileFormat format, const QString& path,
                                   const Progress& progress)
{
    Names names;
    const auto campaigns = CampaignStore(m_db).list({});
    if (!campaigns)
        return tl::unexpected(campaigns.error());
    for (const auto& c : *campaigns)
        names.campaigns.insert(c.id, c.name);
    const auto team = TeamStore(m_db).list();
    if (!team)
        return tl::unexpected(team.error());
    for (const auto& m : *team)
        names.owners.insert(m.userId, m.email);
    LeadStore store(m_db);
    qint64 total = -1;
    if (progress.advanced) {
        const auto counted = store.count(filter);
        if (!counted)
            return tl::unexpected(counted.error());
        total = *counted;
    }
    qint64 written = 0;
    bool canceled = false;
    const auto tick = [&] {
        if ((++written & 1023) != 0)
            return true;
        if (progress.advanced)
            progress.advanced(written, total);
        canceled = progress.canceled && progress.canceled();
        return !canceled;
    };
    const auto canceledError = [&] {
        return Error{
            ErrorKind::Validation, ExportText::tr("The export was canceled: %1 was not written").arg(path), {}};
    };

    if (format == LeadFileFormat::Csv) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return tl::unexpected(writeFailed(path, file.errorString()));
        CsvWriter csv(file);
        csv.writeRow(headers());
        const auto visited = store.forEach(filter, [&](const Lead& l) {
            csv.writeRow(cells(l, names));
            return tick();
        });
        if (!visited)
            return tl::unexpected(visited.error());
        if (canceled)
            return tl::unexpected(canceledError()); // QSaveFile discards what it wrote
        if (!csv.finish() || !file.commit())
            return tl::unexpected(writeFailed(path, file.errorString()));
        return written;
    }

    // libxlsxwriter writes at workbook_close(): into a temporary name beside the target, renamed
    // over it once whole.
    const QString partial = path + u".part"_s;
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray tmpdir = QDir::tempPath().toUtf8();
    options.tmpdir = const_cast<char*>(tmpdir.constData());
    lxw_workbook* book = workbook_new_opt(partial.toUtf8().constData(), &options);
    if (!book)
        return tl::unexpected(writeFailed(path, ExportText::tr("the workbook could not be created")));
    lxw_worksheet* sheet = workbook_add_worksheet(book, ExportText::tr("Leads").toUtf8().constData());
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd hh:mm");
    lxw_format* score = workbook_add_format(book);
    format_set_num_format(score, "0.00");
    static constexpr double widths[ColumnCount] = {18, 28, 24, 14, 8, 10, 10, 28, 17, 28, 17, 17, 32, 38};
    for (int c = 0; c < ColumnCount; ++c)
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c], nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    const QStringList head = headers();
    for (int c = 0; c < ColumnCount; ++c)
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), head.at(c).toUtf8().constData(), bold);
    lxw_row_t r = 1;
    const auto text = [&](int c, const QString& value) {
        if (!value.isEmpty())
            worksheet_write_string(sheet, r, static_cast<lxw_col_t>(c), value.toUtf8().constData(), nullptr);
    };
    const auto when = [&](int c, const std::optional<QDateTime>& t) {
        if (t) {
            lxw_datetime dt = toXlsx(*t, names);
            worksheet_write_datetime(sheet, r, static_cast<lxw_col_t>(c), &dt, date);
        }
    };
    const auto visited = store.forEach(filter, [&](const Lead& l) {
        if (r > LXW_ROW_MAX - 1)
            return false;
        const QStringList t = cells(l, names);
        for (const int c : {ContactColumn, NameColumn, OwnerColumn, StatusColumn, SourceColumn, CampaignColumn,
                            FollowUpNoteColumn, ReasonColumn, IdColumn})
            text(c, t.at(c));
        if (l.isScored())
            worksheet_write_number(sheet, r, ScoreColumn, l.qualificationScore, score);
        worksheet_write_number(sheet, r, MessagesColumn, l.messagesCount, nullptr);
        when(FollowUpColumn, l.nextFollowUpAt);
        when(CreatedColumn, l.createdAt);
        when(UpdatedColumn, l.updatedAt);
        ++r;
        return tick();
    });
    const lxw_error closed = workbook_close(book);
    if (!visited || canceled || closed != LXW_NO_ERROR || r > LXW_ROW_MAX - 1) {
        QFile::remove(partial);
        if (!visited)
            return tl::unexpected(visited.error());
        if (canceled)
            return tl::unexpected(canceledError());
        if (closed != LXW_NO_ERROR)
            return tl::unexpected(writeFailed(path, QString::fromUtf8(lxw_strerror(closed))));
        return fail(ErrorKind::Validation, ExportText::tr("An XLSX sheet holds at most %1 rows: filter the list, or "
                                                          "export it as CSV")
                                               .arg(LXW_ROW_MAX - 1));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return tl::unexpected(writeFailed(path, ExportText::tr("the finished file could not be moved into place")));
    }
    return written;
}

} // namespace leadops
