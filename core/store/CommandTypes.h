#pragma once

#include <QString>

// The outbox's command types (DESIGN 3, SYNC): the names the desk uploads and the queue server
// dispatches on, in one place for both. A name is part of the protocol: never change one, add a
// new one.
namespace CommandTypes {

inline QString registerApplication() { return QStringLiteral("register_application"); }
inline QString importApplications() { return QStringLiteral("import_applications"); }
inline QString extendDirection() { return QStringLiteral("extend_direction"); }
inline QString markPlaceFreed() { return QStringLiteral("mark_place_freed"); }
inline QString serviceStage() { return QStringLiteral("service_stage"); }
inline QString recordEnrollment() { return QStringLiteral("record_enrollment"); }
inline QString recordRefusal() { return QStringLiteral("record_refusal"); }
inline QString registerComplaint() { return QStringLiteral("register_complaint"); }
inline QString updateComplaint() { return QStringLiteral("update_complaint"); }

} // namespace CommandTypes
