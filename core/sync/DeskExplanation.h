#pragma once

#include "distribution/Distribution.h"
#include "domain/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

// A parent's "why not us?" at the desk (issue 12 item 3): what the queue server answers to
// GET /api/v1/explain?application=ID (docs/api.md) for an application registered here - every
// place given to a child behind it in the queue whose explanation lists it, and why it was
// passed over.
struct DeskExplanation
{
    Q_DECLARE_TR_FUNCTIONS(DeskExplanation)
public:
    struct PassedOver
    {
        QString directionNumber;
        Distribution::PassReason reason = Distribution::PassReason::Language;
        QDateTime decidedAt;
        int position = 0; // the number in the queue of the child who got the place
        QString kindergartenId;
        QString groupName;
        QDate birthFrom;
        QDate birthTo;
    };
    QString status;
    int listedLimit = 0;
    QList<PassedOver> passedOver;

    // Strict: a body that is not the documented shape is Rule::OutOfRange on Field::None.
    static Expected<DeskExplanation> fromJson(const QByteArray &body);
    // One paragraph per place, in the UI language; kindergartenName gives a name for an id.
    QString text(const std::function<QString(const QString &)> &kindergartenName) const;
};
