#pragma once

#include "domain/ApplicationValidation.h"
#include "store/import/ApplicationRow.h"

#include <QByteArrayView>

namespace Import {

struct PrepareContext
{
    ValidationContext validation;
    qint64 nowMsecs = 0;
};

// Reads the record at text (its place in the file: offset), validates it like the form
// (errors refuse it, warnings do not), gives it its id when it has none, normalises it as
// registerApplication stores it and prepares its row and digest: a worker thread's whole job.
void prepare(Record &record, QByteArrayView text, qsizetype offset, const PrepareContext &context);

} // namespace Import
