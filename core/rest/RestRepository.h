#pragma once

#include "core/rest/PostgrestClient.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace leadops {

template <typename Entity>
struct Page
{
    QList<Entity> rows;
    std::optional<qint64> total; // from Content-Range with count=exact
};

template <typename Entity>
struct RestTable
{
    QString name;   // "leads"
    QString entity; // "lead", for messages
    Result<Entity> (*fromJson)(const QJsonObject&);
    QJsonObject (*toRow)(const Entity&);
};

// The seed's repository operations for one table over PostgREST: get, list (filters, order,
// paging, exact count), create, update, delete. Rows are mapped strictly; an update or delete that
// changes no row is an error (PostgREST answers 200 [] both for a missing row and for one that
// row-level security hides).
template <typename Entity>
class RestRepository
{
public:
    RestRepository(PostgrestClient& client, RestTable<Entity> table) : m_client(client), m_table(std::move(table)) {}

    QFuture<Result<Entity>> get(const QString& id)
    {
        RestRequest r;
        r.query = PostgrestQuery(m_table.name).select(QStringLiteral("*")).eq(QStringLiteral("id"), id);
        return m_client.send(r).then([table = m_table, id](Result<RestResponse> response) -> Result<Entity> {
            auto rows = decodeRows(table, response);
            if (!rows)
                return tl::unexpected(rows.error());
            if (rows->isEmpty())
                return fail(ErrorKind::NotFound,
                            QCoreApplication::translate("RestRepository",
                                                        "No %1 with id %2 on the server (or your role may not see it)")
                                .arg(table.entity, id));
            return rows->first();
        });
    }

    // `query` carries the caller's filters, order, limit and offset. An exact count costs the
    // server a count(*) over every matching row: ask for it once (the first page), not per page.
    QFuture<Result<Page<Entity>>> list(PostgrestQuery query, bool exactCount = true)
    {
        RestRequest r;
        r.query = std::move(query);
        if (exactCount)
            r.prefer << QStringLiteral("count=exact");
        return m_client.send(r).then([table = m_table](Result<RestResponse> response) -> Result<Page<Entity>> {
            auto rows = decodeRows(table, response);
            if (!rows)
                return tl::unexpected(rows.error());
            return Page<Entity>{*rows, response->total};
        });
    }

    QFuture<Result<Entity>> create(const Entity& entity)
    {
        RestRequest r;
        r.method = HttpMethod::Post;
        r.query = PostgrestQuery(m_table.name);
        r.body = QJsonDocument(m_table.toRow(entity)).toJson(QJsonDocument::Compact);
        r.prefer << QStringLiteral("return=representation");
        return m_client.send(r).then(
            [table = m_table](Result<RestResponse> response) { return single(table, response, {}); });
    }

    QFuture<Result<Entity>> update(const Entity& entity)
    {
        RestRequest r;
        r.method = HttpMethod::Patch;
        r.query = PostgrestQuery(m_table.name).eq(QStringLiteral("id"), entity.id);
        QJsonObject row = m_table.toRow(entity);
        row.remove(QStringLiteral("id"));
        row.remove(QStringLiteral("created_at"));
        row.remove(QStringLiteral("updated_at")); // the server's trigger sets it
        r.body = QJsonDocument(row).toJson(QJsonDocument::Compact);
        r.prefer << QStringLiteral("return=representation");
        return m_client.send(r).then(
            [table = m_table, id = entity.id](Result<RestResponse> response) { return single(table, response, id); });
    }

    QFuture<Result<void>> remove(const QString& id)
    {
        RestRequest r;
        r.method = HttpMethod::Delete;
        r.query = PostgrestQuery(m_table.name).eq(QStringLiteral("id"), id);
        r.prefer << QStringLiteral("return=representation");
        return m_client.send(r).then([table = m_table, id](Result<RestResponse> response) -> Result<void> {
            auto one = single(table, response, id);
            if (!one)
                return tl::unexpected(one.error());
            return {};
        });
    }

    static Result<QList<Entity>> decodeRows(const RestTable<Entity>& table, const Result<RestResponse>& response)
    {
        if (!response)
            return tl::unexpected(response.error());
        if (!response->json.isArray())
            return fail(ErrorKind::Decode,
                        QCoreApplication::translate("RestRepository", "The server did not send a list of %1 rows")
                            .arg(table.entity));
        QList<Entity> rows;
        const QJsonArray array = response->json.array();
        rows.reserve(array.size());
        for (const QJsonValue& v : array) {
            auto e = table.fromJson(v.toObject());
            if (!e)
                return tl::unexpected(e.error());
            rows << std::move(*e);
        }
        return rows;
    }

private:
    static Result<Entity> single(const RestTable<Entity>& table, const Result<RestResponse>& response,
                                 const QString& id)
    {
        auto rows = decodeRows(table, response);
        if (!rows)
            return tl::unexpected(rows.error());
        if (rows->size() != 1) {
            Error e{ErrorKind::Auth,
                    QCoreApplication::translate("RestRepository",
                                                "No %1 was changed on the server (id %2): it does not exist, or your "
                                                "role may not change it")
                        .arg(table.entity, id),
                    {}};
            e.httpStatus = response->status;
            return tl::unexpected(e);
        }
        return rows->first();
    }

    PostgrestClient& m_client;
    RestTable<Entity> m_table;
};

} // namespace leadops
