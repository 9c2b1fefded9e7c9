#include "DeskArea.h"

QList<DeskArea> DeskAreas::all()
{
    return {DeskArea::Queue,      DeskArea::Applications, DeskArea::ApplicationList, DeskArea::Enrollment,
            DeskArea::Directions, DeskArea::Vacancies,    DeskArea::Complaints,
            DeskArea::Registers,  DeskArea::Settings};
}

QString DeskAreas::name(DeskArea area)
{
    switch (area) {
    case DeskArea::Queue: return tr("Queue");
    case DeskArea::Applications: return tr("Applications");
    case DeskArea::ApplicationList: return tr("Application list");
    case DeskArea::Enrollment: return tr("Enrollment");
    case DeskArea::Directions: return tr("Directions");
    case DeskArea::Vacancies: return tr("Vacancies");
    case DeskArea::Complaints: return tr("Complaints");
    case DeskArea::Registers: return tr("Registers");
    case DeskArea::Settings: return tr("Settings");
    }
    return {};
}

QString DeskAreas::summary(DeskArea area)
{
    switch (area) {
    case DeskArea::Queue:
        return tr("The region's queue of applications: each child's queue number, category and "
                  "status, as the queue server keeps them.");
    case DeskArea::Applications:
        return tr("Register Appendix 1 applications and print them for the applicant's "
                  "signature.");
    case DeskArea::ApplicationList:
        return tr("The applications registered at this kindergarten: find one, open it, correct it, "
                  "withdraw it at the parent's request or print it again.");
    case DeskArea::Enrollment:
        return tr("Check the documents of a child who holds a direction, then sign the contract "
                  "or issue a reasoned refusal.");
    case DeskArea::Directions:
        return tr("The directions issued to this kindergarten, the deadline of each and how it "
                  "ended.");
    case DeskArea::Vacancies:
        return tr("Publish free places and withdraw them; print the daily bulletins of freed and "
                  "withdrawn places.");
    case DeskArea::Complaints:
        return tr("Register complaints, follow their deadlines and record the answers.");
    case DeskArea::Registers:
        return tr("Print the registers of contracts, refusals and service times for a period, "
                  "or export them to CSV.");
    case DeskArea::Settings:
        return tr("The interface language, this kindergarten's details, the region's kindergartens "
                  "and the local store of this desk.");
    }
    return {};
}

QStyle::StandardPixmap DeskAreas::icon(DeskArea area)
{
    switch (area) {
    case DeskArea::Queue: return QStyle::SP_FileDialogDetailedView;
    case DeskArea::Applications: return QStyle::SP_FileDialogContentsView;
    case DeskArea::ApplicationList: return QStyle::SP_FileDialogInfoView;
    case DeskArea::Enrollment: return QStyle::SP_DialogApplyButton;
    case DeskArea::Directions: return QStyle::SP_ArrowForward;
    case DeskArea::Vacancies: return QStyle::SP_DirHomeIcon;
    case DeskArea::Complaints: return QStyle::SP_MessageBoxWarning;
    case DeskArea::Registers: return QStyle::SP_FileDialogListView;
    case DeskArea::Settings: return QStyle::SP_ComputerIcon;
    }
    return QStyle::SP_CustomBase;
}

QString DeskAreas::code(DeskArea area)
{
    switch (area) {
    case DeskArea::Queue: return QStringLiteral("queue");
    case DeskArea::Applications: return QStringLiteral("applications");
    case DeskArea::ApplicationList: return QStringLiteral("application_list");
    case DeskArea::Enrollment: return QStringLiteral("enrollment");
    case DeskArea::Directions: return QStringLiteral("directions");
    case DeskArea::Vacancies: return QStringLiteral("vacancies");
    case DeskArea::Complaints: return QStringLiteral("complaints");
    case DeskArea::Registers: return QStringLiteral("registers");
    case DeskArea::Settings: return QStringLiteral("settings");
    }
    return {};
}

std::optional<DeskArea> DeskAreas::fromCode(const QString &code)
{
    for (DeskArea area : all())
        if (DeskAreas::code(area) == code)
            return area;
    return std::nullopt;
}
