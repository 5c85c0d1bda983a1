#pragma once

#include "core/domain/Niche.h"
#include "ui/models/EntityTableModel.h"

namespace leadops {

class NicheService;

// All niches (there are tens, not thousands), refreshed when the service reports a change.
class NicheTableModel final : public EntityTableModel<Niche>
{
    Q_DECLARE_TR_FUNCTIONS(NicheTableModel)

public:
    enum Column { Name, Market, Category, Status, Profitability, Competition, ValidatedAt, ColumnCount };

    explicit NicheTableModel(NicheService& service, QObject* parent = nullptr);
};

} // namespace leadops
