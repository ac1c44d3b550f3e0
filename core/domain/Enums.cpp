#include "Enums.h"

const std::array<EnumEntry<WardType>, 7> EnumTable<WardType>::entries{{
    {WardType::OldWorkingClass, "old_working_class", QT_TRANSLATE_NOOP("Enums", "old working-class ward")},
    {WardType::Prewar, "prewar", QT_TRANSLATE_NOOP("Enums", "pre-war ward")},
    {WardType::Postwar, "postwar", QT_TRANSLATE_NOOP("Enums", "post-war ward")},
    {WardType::Vinex, "vinex", QT_TRANSLATE_NOOP("Enums", "Vinex ward")},
    {WardType::Centre, "centre", QT_TRANSLATE_NOOP("Enums", "town centre")},
    {WardType::Village, "village", QT_TRANSLATE_NOOP("Enums", "village core")},
    {WardType::Other, "other", QT_TRANSLATE_NOOP("Enums", "other")},
}};

const std::array<EnumEntry<InitiativeStatus>, 6> EnumTable<InitiativeStatus>::entries{{
    {InitiativeStatus::Idea, "idea", QT_TRANSLATE_NOOP("Enums", "idea")},
    {InitiativeStatus::Applied, "applied", QT_TRANSLATE_NOOP("Enums", "applied")},
    {InitiativeStatus::Running, "running", QT_TRANSLATE_NOOP("Enums", "running")},
    {InitiativeStatus::Paused, "paused", QT_TRANSLATE_NOOP("Enums", "paused")},
    {InitiativeStatus::Completed, "completed", QT_TRANSLATE_NOOP("Enums", "completed")},
    {InitiativeStatus::Stopped, "stopped", QT_TRANSLATE_NOOP("Enums", "stopped")},
}};

const std::array<EnumEntry<Track>, 3> EnumTable<Track>::entries{{
    {Track::Residents, "residents", QT_TRANSLATE_NOOP("Enums", "residents' track")},
    {Track::Partners, "partners", QT_TRANSLATE_NOOP("Enums", "partner track")},
    {Track::Municipality, "municipality", QT_TRANSLATE_NOOP("Enums", "municipal track")},
}};

const std::array<EnumEntry<LeadType>, 3> EnumTable<LeadType>::entries{{
    {LeadType::Resident, "resident", QT_TRANSLATE_NOOP("Enums", "resident")},
    {LeadType::Partner, "partner", QT_TRANSLATE_NOOP("Enums", "partner")},
    {LeadType::Municipality, "municipality", QT_TRANSLATE_NOOP("Enums", "municipality")},
}};

const std::array<EnumEntry<FitsFramework>, 3> EnumTable<FitsFramework>::entries{{
    {FitsFramework::Yes, "yes", QT_TRANSLATE_NOOP("Enums", "yes")},
    {FitsFramework::No, "no", QT_TRANSLATE_NOOP("Enums", "no")},
    {FitsFramework::Unknown, "unknown", QT_TRANSLATE_NOOP("Enums", "unknown")},
}};

const std::array<EnumEntry<Engagement>, 3> EnumTable<Engagement>::entries{{
    {Engagement::Structural, "structural", QT_TRANSLATE_NOOP("Enums", "structural")},
    {Engagement::AdHoc, "ad_hoc", QT_TRANSLATE_NOOP("Enums", "ad hoc")},
    {Engagement::Unknown, "unknown", QT_TRANSLATE_NOOP("Enums", "unknown")},
}};

const std::array<EnumEntry<FollowUpStatus>, 3> EnumTable<FollowUpStatus>::entries{{
    {FollowUpStatus::Open, "open", QT_TRANSLATE_NOOP("Enums", "open")},
    {FollowUpStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("Enums", "in progress")},
    {FollowUpStatus::Done, "done", QT_TRANSLATE_NOOP("Enums", "done")},
}};

const std::array<EnumEntry<InvolvementRole>, 3> EnumTable<InvolvementRole>::entries{{
    {InvolvementRole::Lead, "lead", QT_TRANSLATE_NOOP("Enums", "lead")},
    {InvolvementRole::Core, "core", QT_TRANSLATE_NOOP("Enums", "core member")},
    {InvolvementRole::AdHoc, "ad_hoc", QT_TRANSLATE_NOOP("Enums", "ad hoc helper")},
}};
