#pragma once

#include "domain/Category.h"
#include "domain/Iin.h"
#include "domain/Issue.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

// The Appendix 1 application (RULES 3.1) as a value: every field of the paper form, plus the
// state the queue keeps about it.

struct PersonName
{
    QString surname;
    QString name;
    QString patronymic; // optional

    QString fullName() const; // "Surname Name Patronymic", blanks skipped
    bool operator==(const PersonName &) const = default;
};

struct CategoryDocument
{
    QString type;   // e.g. "certificate from the place of service", "PMPC conclusion"
    QString number;
    QString issuer;
    QDate issueDate;

    bool isEmpty() const { return type.isEmpty() && number.isEmpty() && issuer.isEmpty() && !issueDate.isValid(); }
    bool operator==(const CategoryDocument &) const = default;
};

// Language of upbringing and teaching the applicant wants (RULES 4.2: default any).
enum class TeachingLanguage { Any, Kazakh, Russian, Other };

enum class ApplicationStatus {
    Queued,          // in the queue, waiting for a place
    DirectionIssued, // holds an active direction
    StopListed,      // temporarily off the queue until stopListedUntil (RULES def. 13)
    Archived,        // off the queue for good, with archiveReason (RULES def. 1)
};

enum class ArchiveReason { None, Enrolled, WithdrawnByApplicant, AgeLimit, Duplicate, Other };

struct Application
{
    // Identity: a client-made UUID (the outbox idempotency key uses its own UUID).
    QString id;
    // The server's registration sequence, the tie-break of RULES 3.3; 0 until synced.
    qint64 registrationSequence = 0;
    // Issue 13 item 1: the number a parent can quote, "YYYY-DDD-NNNNN" (ApplicationNumber), given
    // at registration; empty for an application registered before numbers existed or imported
    // without one (ApplicationNumbers::shown then gives the id).
    QString number;

    // Applicant
    PersonName applicant;
    QString applicantIin;
    QString applicantAddress;
    QString settlement;

    // Child
    PersonName child;
    QString childIin;
    QDate childBirthDate;
    Iin::Sex childSex = Iin::Sex::Unknown;

    // Category and its proof
    Category category = Category::None;
    CategoryDocument categoryDocument;

    // Wishes: 0 to 4 kindergarten ids, language
    QStringList preferredKindergartens;
    TeachingLanguage language = TeachingLanguage::Any;

    // Notification channels: up to two mobile numbers (E.164), e-mail
    QStringList phones;
    QString email;

    bool consent = false;
    QDate signatureDate;
    QDateTime filedAt; // when the application was filed; the queue orders by it (RULES 3.3)

    // Queue state
    ApplicationStatus status = ApplicationStatus::Queued;
    ArchiveReason archiveReason = ArchiveReason::None;
    QDate stopListedUntil;
    QString batchId; // twins and siblings registered together (RULES 3.3 [P])

    int birthYear() const { return childBirthDate.year(); }
    bool isActive() const { return status != ApplicationStatus::Archived; }
    Right right() const { return Categories::right(category); }
};
