#pragma once

#include "domain/Application.h"
#include "domain/Expected.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// Application <-> JSON: the payload of the `register_application` command, the CLI's import and
// export, and the sync protocol. Keys are the column names of the `applications` table
// (snake_case, flat); enumerations are the stable codes below, which the store uses too.
//
// {"id", "registration_sequence", "applicant_surname", "applicant_name", "applicant_patronymic",
//  "applicant_iin", "applicant_address", "settlement", "child_surname", "child_name",
//  "child_patronymic", "child_iin", "child_birth_date", "child_sex", "category",
//  "category_document_type", "category_document_number", "category_document_issuer",
//  "category_document_issue_date", "preferred_kindergartens": [..], "language", "phones": [..],
//  "email", "consent", "signature_date", "filed_at", "status", "archive_reason",
//  "stop_listed_until", "batch_id", "number"}
//
// "number" (issue 13 item 1, ApplicationNumber: "2026-007-00042") is written only when the
// application has one, and read when present (null or "" = none; anything else must be a number
// in its one spelling).
//
// Dates are "YYYY-MM-DD", filed_at is ISO 8601 UTC with milliseconds ("…T04:00:00.000Z"); a date
// not given is null (fromJson also takes "" or a missing key); filed_at is read back in local
// time. category is the form's number 1..10.
namespace ApplicationJson {

QJsonObject toJson(const Application &application);

// Missing keys and null take the defaults of Application (validation decides what is required);
// unknown keys are ignored. A value of the wrong kind (a category 11, a date that is not a date,
// an unknown status code) is an error naming the field.
Expected<Application> fromJson(const QJsonObject &object);

QString sexCode(Iin::Sex sex);                       // "unknown", "male", "female"
std::optional<Iin::Sex> sexFromCode(const QString &code);
QString languageCode(TeachingLanguage language);     // "any", "kk", "ru", "other"
std::optional<TeachingLanguage> languageFromCode(const QString &code);
QString statusCode(ApplicationStatus status);        // "queued", "direction_issued", "stop_listed", "archived"
std::optional<ApplicationStatus> statusFromCode(const QString &code);
QString archiveReasonCode(ArchiveReason reason);     // "none", "enrolled", "withdrawn_by_applicant", "age_limit", "duplicate", "other"
std::optional<ArchiveReason> archiveReasonFromCode(const QString &code);

// "YYYY-MM-DD" / null and ISO 8601 UTC with milliseconds / null.
QJsonValue dateValue(const QDate &date);
QJsonValue timestampValue(const QDateTime &at);

} // namespace ApplicationJson
