#pragma once

#include "core/diagnostics/HealthCheck.h"

#include <QDialog>
#include <QJsonObject>

class QPlainTextEdit;
class QTableWidget;

namespace leadops {

class Workspace;

// Help > Diagnostics: health, request metrics, the last runs and the log tail in one redacted
// report, with Copy report and Save report… (text, or JSON when the file name ends in .json).
class DiagnosticsDialog final : public QDialog
{
    Q_OBJECT

public:
    DiagnosticsDialog(Workspace& workspace, const HealthReport& health, bool previousRunUnclean,
                      QWidget* parent = nullptr);
    QString reportText() const;
    int requestRows() const;
    int syncRows() const;
    bool saveTo(const QString& path) const;

private:
    QJsonObject m_report;
    QPlainTextEdit* m_text = nullptr;
    QTableWidget* m_requests = nullptr;
    QTableWidget* m_syncs = nullptr;
};

} // namespace leadops
