#pragma once

#include <QString>

// The journal's event codes and entity names (RULES def. 2, DESIGN 3), in one place: the stores
// write them, the desk reads them back (an application's history) and the server will see them
// in the journal it receives. A code is stored and hashed: never change one, add a new one.
namespace Events {

// Appendix 1 applications
inline QString applicationRegistered() { return QStringLiteral("application_registered"); }
// Issue 13 item 4: corrected at the desk without a change of category (a change of category is
// categoryChanged, RULES 3.3); withdrawn at the parent's request (archived).
inline QString applicationCorrected() { return QStringLiteral("application_corrected"); }
inline QString applicationWithdrawn() { return QStringLiteral("application_withdrawn"); }
inline QString applicationsImported() { return QStringLiteral("applications_imported"); }
// Written by the queue system and brought by sync; the desk names them in an application's history.
inline QString directionIssued() { return QStringLiteral("direction_issued"); }
inline QString stopListed() { return QStringLiteral("stop_listed"); }
inline QString applicationArchived() { return QStringLiteral("application_archived"); }
inline QString categoryChanged() { return QStringLiteral("category_changed"); }
// Back in the queue with the original filing time: after a refusal, or when the stop list ends.
inline QString applicationRequeued() { return QStringLiteral("application_requeued"); }
// RULES 5, on the server's deadline run: not used in time; an extraordinary right not confirmed
// in time (the right is removed: rightWithdrawn on the application).
inline QString directionExpired() { return QStringLiteral("direction_expired"); }
inline QString directionCancelled() { return QStringLiteral("direction_cancelled"); }
inline QString rightConfirmed() { return QStringLiteral("right_confirmed"); }
inline QString rightWithdrawn() { return QStringLiteral("right_withdrawn"); }
// The server's working-day calendar (RULES 10): a year imported by an administrator.
inline QString calendarImported() { return QStringLiteral("calendar_imported"); }
// Directions (RULES 5)
inline QString directionsImported() { return QStringLiteral("directions_imported"); }
inline QString directionExtended() { return QStringLiteral("direction_extended"); }
inline QString directionPlaceFreed() { return QStringLiteral("direction_place_freed"); }
// Places published at the desk (RULES 4.1)
inline QString placePublished() { return QStringLiteral("place_published"); }
inline QString placeWithdrawn() { return QStringLiteral("place_withdrawn"); }
inline QString placeFreed() { return QStringLiteral("place_freed"); }
// The queue server refused a place the desk published: taken off the desk's places (docs/sync.md).
inline QString placePublicationRefused() { return QStringLiteral("place_publication_refused"); }
// The queue server refused a withdrawal or a freeing day of the desk's: the place goes back to the
// server's last version (docs/sync.md).
inline QString placeChangeRefused() { return QStringLiteral("place_change_refused"); }
// The service at the desk (RULES 6)
inline QString serviceStage() { return QStringLiteral("service_stage"); }
inline QString checklistSaved() { return QStringLiteral("checklist_saved"); }
inline QString contractRecorded() { return QStringLiteral("contract_recorded"); }
inline QString refusalRecorded() { return QStringLiteral("refusal_recorded"); }
// Complaints (RULES 7)
inline QString complaintRegistered() { return QStringLiteral("complaint_registered"); }
inline QString complaintUpdated() { return QStringLiteral("complaint_updated"); }
// Settings
inline QString kindergartenProfileSaved() { return QStringLiteral("kindergarten_profile_saved"); }
// Accounts at the desk (DESIGN 9): never the password or its hash in the payload.
inline QString accountCreated() { return QStringLiteral("account_created"); }
inline QString accountRoleChanged() { return QStringLiteral("account_role_changed"); }
inline QString accountPasswordReset() { return QStringLiteral("account_password_reset"); }
inline QString accountDisabled() { return QStringLiteral("account_disabled"); }
inline QString accountEnabled() { return QStringLiteral("account_enabled"); }
// DESIGN 9: reads of a child's personal data, with who read and when (the entry's actor and at).
inline QString personalDataViewed() { return QStringLiteral("personal_data_viewed"); }
inline QString documentPrinted() { return QStringLiteral("document_printed"); }
// RULES 11: a document that names no child (a bulletin of places) was printed; its verification
// code goes to the queue server (store/PrintedDocuments.h). The entry's entity id is the code.
inline QString documentCodeIssued() { return QStringLiteral("document_code_issued"); }

} // namespace Events

// What a journal entry is about (its `entity` column).
namespace JournalEntities {

inline QString application() { return QStringLiteral("application"); }
// A bulk import's entry: its entity id is the import's command id, its payload names the
// applications ("ids").
inline QString applicationImport() { return QStringLiteral("application_import"); }
inline QString direction() { return QStringLiteral("direction"); }
inline QString directionImport() { return QStringLiteral("direction_import"); }
inline QString place() { return QStringLiteral("place"); }
inline QString serviceSession() { return QStringLiteral("service_session"); }
inline QString complaint() { return QStringLiteral("complaint"); }
inline QString kindergartenProfile() { return QStringLiteral("kindergarten_profile"); }
inline QString account() { return QStringLiteral("account"); }
// A printed document's verification code (Events::documentCodeIssued).
inline QString printedDocument() { return QStringLiteral("printed_document"); }

} // namespace JournalEntities
