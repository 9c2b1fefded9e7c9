#pragma once

#include <QString>

// The outbox's command types (DESIGN 3, SYNC): the names the desk uploads and the queue server
// dispatches on, in one place for both. A name is part of the protocol: never change one, add a
// new one.
namespace CommandTypes {

inline QString registerApplication() { return QStringLiteral("register_application"); }
// Issue 13 item 4: correct_application's payload is the corrected application (ApplicationJson);
// the server takes from it only the fields a clerk may correct (applyCorrection).
// withdraw_application {"application_id", "reason"}: the parent's request, archived.
inline QString correctApplication() { return QStringLiteral("correct_application"); }
inline QString withdrawApplication() { return QStringLiteral("withdraw_application"); }
inline QString importApplications() { return QStringLiteral("import_applications"); }
inline QString extendDirection() { return QStringLiteral("extend_direction"); }
inline QString markPlaceFreed() { return QStringLiteral("mark_place_freed"); }
inline QString serviceStage() { return QStringLiteral("service_stage"); }
inline QString recordEnrollment() { return QStringLiteral("record_enrollment"); }
inline QString recordRefusal() { return QStringLiteral("record_refusal"); }
inline QString registerComplaint() { return QStringLiteral("register_complaint"); }
inline QString updateComplaint() { return QStringLiteral("update_complaint"); }
// Places (RULES 4.1): the payload of publish_place is the place (PlaceJson); withdraw_place
// {"place_id"}; free_place {"place_id", "freed_on"}: an early-booking place actually freed
// (RULES def. 6), whether or not a direction holds it yet.
inline QString publishPlace() { return QStringLiteral("publish_place"); }
inline QString withdrawPlace() { return QStringLiteral("withdraw_place"); }
inline QString freePlace() { return QStringLiteral("free_place"); }
// RULES 5 [P]: the extraordinary right of a direction's holder confirmed at the kindergarten:
// {"direction_number", "confirmed_on"}.
inline QString confirmRight() { return QStringLiteral("confirm_right"); }
// RULES 11: a printed document's verification code, sent when it is printed so that the server
// can confirm the paper (store/PrintedDocuments.h): {"document", "number", "date",
// "verification_code", "records"?}.
inline QString recordPrintedDocument() { return QStringLiteral("record_printed_document"); }

} // namespace CommandTypes
