#pragma once

#include "domain/Application.h"
#include "domain/Checklist.h"
#include "domain/IdDocument.h"
#include "domain/RefusalGround.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// RULES 6.3 / 12: a signed contract as the store records it.
struct ContractRecord
{
    QString number;            // from KindergartenProfile::contractNumber
    QDate date;                // contract date
    QString directionNumber;
    QString applicationId;
    QString sessionId;
    // The parent or legal representative who signs
    PersonName parent;
    QString parentIin;
    // The ID document in parts (issue 13 item 1); a contract recorded before has only the free
    // text below, e.g. "ID card No. 012345678 issued 01.02.2020 by MIA", and prints it as typed.
    IdDocument parentIdDocumentDetails;
    QString parentIdDocument;  // free text: only when parentIdDocumentDetails is not structured
    QString parentAddress;
    QStringList phones;
    QDate startsOn;            // attends from (RULES 12 item 3)
    QList<ChecklistItem> deferredItems; // owed under an emergency deferral (RULES 6.2)
    QString clerk;
    QDateTime recordedAt;
    QString verificationCode;  // RULES 11
    bool operator==(const ContractRecord &) const = default;
};

// RULES 6.4: a reasoned refusal as the store records it.
struct RefusalRecord
{
    QString number;            // "Б-2026-0003" style, assigned by the store
    QDate date;
    QString directionNumber;
    QString applicationId;
    QString sessionId;
    QList<RefusalGround> grounds;        // at least one
    QList<ChecklistItem> faultyItems;    // missing or faulty documents (pre-filled from the checklist)
    QString reasons;                     // free text
    QString clerk;
    QDateTime recordedAt;
    QString verificationCode;
    bool operator==(const RefusalRecord &) const = default;
};
