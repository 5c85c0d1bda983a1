#include "app/cli/Command.h"
#include "app/cli/LeadFilterOptions.h"

#include "core/services/LeadExport.h"
#include "core/services/LeadImport.h"
#include "core/store/Database.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace leadops::cli {

namespace {

constexpr int kIssuesPrinted = 20; // per kind, in the human report; --report FILE has them all

Result<std::optional<TextEncoding>> encodingOption(Invocation& in)
{
    if (!in.isSet(u"encoding"_s))
        return std::optional<TextEncoding>();
    const QString e = in.value(u"encoding"_s).trimmed().toLower();
    if (e == u"utf-8"_s || e == u"utf8"_s)
        return std::optional(TextEncoding::Utf8);
    if (e == u"windows-1251"_s || e == u"cp1251"_s)
        return std::optional(TextEncoding::Windows1251);
    if (e == u"utf-16"_s || e == u"utf-16le"_s)
        return std::optional(TextEncoding::Utf16LE);
    if (e == u"utf-16be"_s)
        return std::optional(TextEncoding::Utf16BE);
    return fail(ErrorKind::Validation,
                CliText::tr("--encoding '%1' is not known: expected utf-8, windows-1251 or utf-16").arg(e));
}

Result<std::optional<QChar>> delimiterOption(Invocation& in)
{
    if (!in.isSet(u"delimiter"_s))
        return std::optional<QChar>();
    const QString d = in.value(u"delimiter"_s);
    if (d == u";"_s || d == u","_s)
        return std::optional(d.at(0));
    if (d == u"\t"_s || d.compare(u"tab"_s, Qt::CaseInsensitive) == 0 || d == u"\\t"_s)
        return std::optional(QChar(u'\t'));
    return fail(ErrorKind::Validation, CliText::tr("--delimiter '%1' is not known: expected ';', ',' or tab").arg(d));
}

// --campaign-column and each --map FIELD=HEADER, over what the header row suggests.
Result<ImportMapping> mappingFrom(Invocation& in, const QStringList& headers)
{
    ImportMapping mapping = ImportMapping::guess(headers);
    QStringList pairs = in.values(u"map"_s);
    if (in.isSet(u"campaign-column"_s))
        pairs.prepend(u"campaign="_s + in.value(u"campaign-column"_s));
    for (const QString& pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        const auto field = eq > 0 ? fromKey<ImportField>(pair.left(eq).trimmed()) : std::nullopt;
        if (!field)
            return fail(ErrorKind::Validation, CliText::tr("--map '%1' is not valid: expected FIELD=HEADER, FIELD one "
                                                           "of %2")
                                                   .arg(pair, allKeys<ImportField>().join(u", "_s)));
        const QString header = pair.mid(eq + 1).trimmed();
        if (header.isEmpty() || header == u"-"_s) {
            mapping.set(*field, -1);
            continue;
        }
        const auto column = ImportMapping::findColumn(headers, header);
        if (!column)
            return fail(ErrorKind::Validation,
                        CliText::tr("The file has no column '%1'; its columns: %2").arg(header, headers.join(u", "_s)));
        if (const auto other = mapping.fieldOf(*column); other && *other != *field)
            mapping.set(*other, -1); // a column feeds one field: the one asked for
        mapping.set(*field, *column);
    }
    return mapping;
}

void printIssues(CliContext& ctx, const QString& title, const QList<ImportIssue>& issues)
{
    if (issues.isEmpty())
        return;
    ctx.out() << title << u'\n';
    QList<QStringList> rows;
    for (const ImportIssue& i : issues.mid(0, kIssuesPrinted))
        rows << QStringList{QString::number(i.row), printable(i.reason)};
    ctx.printTable({CliText::tr("ROW"), CliText::tr("REASON")}, rows);
    if (issues.size() > kIssuesPrinted)
        ctx.out() << CliText::tr("… and %n more (--report FILE lists every row)", nullptr,
                                 static_cast<int>(issues.size() - kIssuesPrinted))
                  << u'\n';
}

QJsonArray issuesJson(const QList<ImportIssue>& issues)
{
    QJsonArray rows;
    for (const ImportIssue& i : issues)
        rows << QJsonObject{{u"row"_s, i.row}, {u"reason"_s, i.reason}};
    return rows;
}

int importFile(Invocation& in)
{
    if (!in.isSet(u"campaign"_s) && !in.isSet(u"campaign-column"_s))
        return in.usage(CliText::tr("name the campaign with --campaign ID, or the column naming it with "
                                    "--campaign-column HEADER"));
    ImportRequest request;
    request.path = in.argument(0);
    const auto encoding = encodingOption(in);
    if (!encoding)
        return in.usage(encoding.error().message);
    const auto delimiter = delimiterOption(in);
    if (!delimiter)
        return in.usage(delimiter.error().message);
    request.table = TableOptions{*encoding, *delimiter};
    const auto preview = LeadImporter::preview(request.path, request.table, 0);
    if (!preview)
        return in.refuse(preview.error());
    const auto mapping = mappingFrom(in, preview->headers);
    if (!mapping)
        return in.usage(mapping.error().message);
    request.mapping = *mapping;
    request.campaignId = in.value(u"campaign"_s).trimmed();
    request.duplicates =
        in.isSet(u"update-duplicates"_s) ? ImportRequest::Duplicates::Update : ImportRequest::Duplicates::Skip;
    request.skipInvalid = in.isSet(u"skip-invalid"_s);
    request.dryRun = in.isSet(u"dry-run"_s);
    Workspace& ws = in.workspace();
    LeadImporter importer(ws.database(), ws.clock(), ws.actor());
    const auto report = importer.run(request);
    if (!report)
        return in.refuse(report.error());
    if (in.isSet(u"report"_s)) {
        if (auto r = LeadImporter::writeIssues(*report, in.value(u"report"_s)); !r)
            return in.refuse(r.error());
    }
    const bool success = report->anythingToImport() && (report->dryRun || report->written);
    if (in.json()) {
        in.ctx.printJson(QJsonObject{{u"batch"_s, report->batchId.isEmpty() ? QJsonValue() : report->batchId},
                                     {u"dry_run"_s, report->dryRun},
                                     {u"rows"_s, report->rows},
                                     {u"imported"_s, report->imported},
                                     {u"updated"_s, report->updated},
                                     {u"duplicates"_s, report->duplicates.size()},
                                     {u"duplicate_rows"_s, issuesJson(report->duplicates)},
                                     {u"invalid"_s, issuesJson(report->invalid)}});
        return success ? Done : Refused;
    }
    QTextStream& out = in.ctx.out();
    const QString file = QFileInfo(request.path).fileName();
    if (report->dryRun) {
        out << CliText::tr("Dry run of %1: %2 rows; would import %3 new leads and update %4; %5 duplicates, %6 "
                           "invalid rows. Nothing was written.")
                   .arg(file)
                   .arg(report->rows)
                   .arg(report->imported)
                   .arg(report->updated)
                   .arg(report->duplicates.size())
                   .arg(report->invalid.size())
            << u'\n';
    } else if (report->written) {
        out << CliText::tr("Imported %1 new leads from %2 and updated %3 (batch %4; undo with leadops lead "
                           "import-undo %4); %5 duplicates and %6 invalid rows were skipped.")
                   .arg(report->imported)
                   .arg(file)
                   .arg(report->updated)
                   .arg(report->batchId)
                   .arg(report->duplicates.size())
                   .arg(report->invalid.size())
            << u'\n';
    } else if (!report->invalid.isEmpty() && !request.skipInvalid) {
        out << CliText::tr("Nothing was imported: %n rows are invalid (below). Correct them, or import the other "
                           "rows with --skip-invalid.",
                           nullptr, static_cast<int>(report->invalid.size()))
            << u'\n';
    } else {
        out << CliText::tr("Nothing was imported: %1 has no new leads (%2 duplicates).")
                   .arg(file)
                   .arg(report->duplicates.size())
            << u'\n';
    }
    printIssues(in.ctx, CliText::tr("Invalid rows:"), report->invalid);
    printIssues(in.ctx, CliText::tr("Duplicates:"), report->duplicates);
    return success ? Done : Refused;
}

int undoImport(Invocation& in)
{
    Workspace& ws = in.workspace();
    LeadImporter importer(ws.database(), ws.clock(), ws.actor());
    return in.finish(importer.undo(in.argument(0)), [&](const LeadImporter::UndoReport& r) {
        if (in.json()) {
            in.ctx.printJson(QJsonObject{
                {u"batch"_s, in.argument(0)}, {u"removed"_s, r.removed}, {u"renamed_back"_s, r.renamedBack}});
            return;
        }
        in.ctx.out() << CliText::tr("Import %1 undone: %2 leads removed, %3 names given back")
                            .arg(in.argument(0))
                            .arg(r.removed)
                            .arg(r.renamedBack)
                     << u'\n';
    });
}

int listImports(Invocation& in)
{
    Workspace& ws = in.workspace();
    LeadImporter importer(ws.database(), ws.clock(), ws.actor());
    return in.finish(importer.batches(), [&](const QList<ImportBatch>& batches) {
        if (in.json()) {
            QJsonArray rows;
            for (const ImportBatch& b : batches)
                rows << QJsonObject{{u"batch"_s, b.id},
                                    {u"file"_s, b.fileName},
                                    {u"at"_s, toDbTime(b.createdAt)},
                                    {u"by"_s, b.actor},
                                    {u"imported"_s, b.imported},
                                    {u"updated"_s, b.updated},
                                    {u"undone_at"_s, b.undoneAt ? QJsonValue(toDbTime(*b.undoneAt)) : QJsonValue()}};
            in.ctx.printJson(rows);
            return;
        }
        QList<QStringList> rows;
        for (const ImportBatch& b : batches)
            rows << QStringList{b.id,
                                b.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                                printable(b.fileName),
                                QString::number(b.imported),
                                QString::number(b.updated),
                                b.undoneAt ? CliText::tr("undone") : u"-"_s};
        in.ctx.printTable({CliText::tr("BATCH"), CliText::tr("AT"), CliText::tr("FILE"), CliText::tr("NEW"),
                           CliText::tr("UPDATED"), CliText::tr("UNDONE")},
                          rows);
    });
}

int exportLeads(Invocation& in)
{
    const QString out = in.value(u"out"_s);
    auto format = leadFileFormatOf(out);
    if (in.isSet(u"format"_s)) {
        const auto asked = in.keyOption<LeadFileFormat>(u"format"_s);
        if (!asked)
            return in.usage(asked.error().message);
        if (format && *format != **asked)
            return in.usage(CliText::tr("--format %1 does not match the file name %2: name the file .%1")
                                .arg(toKey(**asked), QFileInfo(out).fileName()));
        format = **asked;
    }
    if (!format)
        return in.usage(CliText::tr("the file name %1 does not say the format: name it .csv or .xlsx, or give "
                                    "--format csv|xlsx")
                            .arg(QFileInfo(out).fileName()));
    auto filter = leadFilterFrom(in);
    if (!filter)
        return in.refuse(filter.error());
    return in.finish(LeadExporter(in.workspace().database()).write(*filter, *format, out), [&](qint64 written) {
        if (in.json()) {
            in.ctx.printJson(QJsonObject{{u"file"_s, out}, {u"format"_s, toKey(*format)}, {u"leads"_s, written}});
            return;
        }
        in.ctx.out() << CliText::tr("Exported %1 leads to %2").arg(written).arg(out) << u'\n';
    });
}

} // namespace

QList<Command> importExportCommands()
{
    QList<Option> exportOptions = {
        {u"out"_s, CliText::tr("The file to write (.csv or .xlsx)."), u"FILE"_s, true},
        {u"format"_s, CliText::tr("csv or xlsx (default: from the file name)."), u"FORMAT"_s}};
    exportOptions << leadFilterOptions(false);
    return {
        {.group = u"lead"_s,
         .verb = u"import"_s,
         .synopsis = u"leadops lead import FILE (--campaign ID | --campaign-column HEADER) [--map FIELD=HEADER …] "
                     "[--encoding utf-8|windows-1251|utf-16] [--delimiter ';'] [--skip-invalid] "
                     "[--update-duplicates] [--dry-run] [--report FILE] [--json]"_s,
         .description = CliText::tr("Import leads from a CSV, TSV or XLSX file: one batch, undone with "
                                    "lead import-undo. Exit 0 when something was imported (or would be, in a dry "
                                    "run), 1 when nothing could be."),
         .options = {{u"campaign"_s, CliText::tr("The campaign (id or name) the leads come into."), u"ID"_s},
                     {u"campaign-column"_s, CliText::tr("The column naming each row's campaign."), u"HEADER"_s},
                     {u"map"_s,
                      CliText::tr("Which column feeds a field: contact, name, source, campaign, note or created "
                                  "(repeatable; HEADER is a column's name or number)."),
                      u"FIELD=HEADER"_s},
                     {u"encoding"_s, CliText::tr("The text file's encoding (default: detected)."), u"ENCODING"_s},
                     {u"delimiter"_s, CliText::tr("The text file's delimiter: ';', ',' or tab (default: detected)."),
                      u"CHAR"_s},
                     {u"skip-invalid"_s, CliText::tr("Import the valid rows and list the others.")},
                     {u"update-duplicates"_s,
                      CliText::tr("Give leads already in the campaign the file's name and note.")},
                     {u"dry-run"_s, CliText::tr("Check and count only; write nothing.")},
                     {u"report"_s, CliText::tr("Write every skipped row and its reason to this CSV file."), u"FILE"_s}},
         .minArguments = 1,
         .maxArguments = 1,
         .run = importFile},
        {.group = u"lead"_s,
         .verb = u"import-undo"_s,
         .synopsis = u"leadops lead import-undo BATCH [--json]"_s,
         .description = CliText::tr("Undo an import while none of its leads has changed since."),
         .minArguments = 1,
         .maxArguments = 1,
         .run = undoImport},
        {.group = u"lead"_s,
         .verb = u"imports"_s,
         .synopsis = u"leadops lead imports [--json]"_s,
         .description = CliText::tr("The imports made in this workspace, newest first."),
         .run = listImports},
        {.group = u"lead"_s,
         .verb = u"export"_s,
         .synopsis = u"leadops lead export --out FILE [--format csv|xlsx] [--status S] [--campaign ID] [--source S] "
                     "[--search TEXT] [--owner me|EMAIL|none|queue] [--due today|overdue] [--json]"_s,
         .description = CliText::tr("Write the leads a list filter selects, all of them, to CSV or XLSX."),
         .options = exportOptions,
         .run = exportLeads},
    };
}

} // namespace leadops::cli
