#include "Enums.h"

const std::array<EnumEntry<WardType>, 7> EnumTable<WardType>::entries {{
    {WardType::OldWorkingClass, "old_working_class", QT_TRANSLATE_NOOP("Enums", "old working-class ward")},
    {WardType::Prewar, "prewar", QT_TRANSLATE_NOOP("Enums", "pre-war ward")},
    {WardType::Postwar, "postwar", QT_TRANSLATE_NOOP("Enums", "post-war ward")},
    {WardType::Vinex, "vinex", QT_TRANSLATE_NOOP("Enums", "Vinex ward")},
    {WardType::Centre, "centre", QT_TRANSLATE_NOOP("Enums", "town centre")},
    {WardType::Village, "village", QT_TRANSLATE_NOOP("Enums", "village core")},
    {WardType::Other, "other", QT_TRANSLATE_NOOP("Enums", "other")},
}};

const std::array<EnumEntry<InitiativeStatus>, 6> EnumTable<InitiativeStatus>::entries {{
    {InitiativeStatus::Idea, "idea", QT_TRANSLATE_NOOP("Enums", "idea")},
    {InitiativeStatus::Applied, "applied", QT_TRANSLATE_NOOP("Enums", "applied")},
    {InitiativeStatus::Running, "running", QT_TRANSLATE_NOOP("Enums", "running")},
    {InitiativeStatus::Paused, "paused", QT_TRANSLATE_NOOP("Enums", "paused")},
    {InitiativeStatus::Completed, "completed", QT_TRANSLATE_NOOP("Enums", "completed")},
    {InitiativeStatus::Stopped, "stopped", QT_TRANSLATE_NOOP("Enums", "stopped")},
}};

const std::array<EnumEntry<Track>, 3> EnumTable<Track>::entries {{
    {Track::Residents, "residents", QT_TRANSLATE_NOOP("Enums", "residents' track")},
    {Track::Partners, "partners", QT_TRANSLATE_NOOP("Enums", "partner track")},
    {Track::Municipality, "municipality", QT_TRANSLATE_NOOP("Enums", "municipal track")},
}};

const std::array<EnumEntry<LeadType>, 3> EnumTable<LeadType>::entries {{
    {LeadType::Resident, "resident", QT_TRANSLATE_NOOP("Enums", "resident")},
    {LeadType::Partner, "partner", QT_TRANSLATE_NOOP("Enums", "partner")},
    {LeadType::Municipality, "municipality", QT_TRANSLATE_NOOP("Enums", "municipality")},
}};

const std::array<EnumEntry<FitsFramework>, 3> EnumTable<FitsFramework>::entries {{
    {FitsFramework::Yes, "yes", QT_TRANSLATE_NOOP("Enums", "yes")},
    {FitsFramework::No, "no", QT_TRANSLATE_NOOP("Enums", "no")},
    {FitsFramework::Unknown, "unknown", QT_TRANSLATE_NOOP("Enums", "unknown")},
}};

const std::array<EnumEntry<Engagement>, 3> EnumTable<Engagement>::entries {{
    {Engagement::Structural, "structural", QT_TRANSLATE_NOOP("Enums", "structural")},
    {Engagement::AdHoc, "ad_hoc", QT_TRANSLATE_NOOP("Enums", "ad hoc")},
    {Engagement::Unknown, "unknown", QT_TRANSLATE_NOOP("Enums", "unknown")},
}};

const std::array<EnumEntry<FollowUpStatus>, 3> EnumTable<FollowUpStatus>::entries {{
    {FollowUpStatus::Open, "open", QT_TRANSLATE_NOOP("Enums", "open")},
    {FollowUpStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("Enums", "in progress")},
    {FollowUpStatus::Done, "done", QT_TRANSLATE_NOOP("Enums", "done")},
}};

const std::array<EnumEntry<InvolvementRole>, 3> EnumTable<InvolvementRole>::entries {{
    {InvolvementRole::Lead, "lead", QT_TRANSLATE_NOOP("Enums", "lead")},
    {InvolvementRole::Core, "core", QT_TRANSLATE_NOOP("Enums", "core member")},
    {InvolvementRole::AdHoc, "ad_hoc", QT_TRANSLATE_NOOP("Enums", "ad hoc helper")},
}};

const std::array<EnumEntry<LeavingReason>, 7> EnumTable<LeavingReason>::entries {{
    {LeavingReason::Moved, "moved", QT_TRANSLATE_NOOP("Enums", "moved away")},
    {LeavingReason::Health, "health", QT_TRANSLATE_NOOP("Enums", "health")},
    {LeavingReason::Time, "time", QT_TRANSLATE_NOOP("Enums", "lack of time")},
    {LeavingReason::Conflict, "conflict", QT_TRANSLATE_NOOP("Enums", "disagreement")},
    {LeavingReason::Deceased, "deceased", QT_TRANSLATE_NOOP("Enums", "deceased")},
    {LeavingReason::Other, "other", QT_TRANSLATE_NOOP("Enums", "other")},
    {LeavingReason::Unknown, "unknown", QT_TRANSLATE_NOOP("Enums", "unknown")},
}};

const std::array<EnumEntry<PartnerType>, 10> EnumTable<PartnerType>::entries {{
    {PartnerType::Police, "police", QT_TRANSLATE_NOOP("Enums", "police")},
    {PartnerType::YouthWork, "youth_work", QT_TRANSLATE_NOOP("Enums", "youth work")},
    {PartnerType::Housing, "housing", QT_TRANSLATE_NOOP("Enums", "housing corporation")},
    {PartnerType::Entrepreneurs, "entrepreneurs", QT_TRANSLATE_NOOP("Enums", "entrepreneurs")},
    {PartnerType::Care, "care", QT_TRANSLATE_NOOP("Enums", "care")},
    {PartnerType::Welfare, "welfare", QT_TRANSLATE_NOOP("Enums", "welfare")},
    {PartnerType::Education, "education", QT_TRANSLATE_NOOP("Enums", "education")},
    {PartnerType::Sport, "sport", QT_TRANSLATE_NOOP("Enums", "sport")},
    {PartnerType::Religious, "religious", QT_TRANSLATE_NOOP("Enums", "religious or belief organisation")},
    {PartnerType::Other, "other", QT_TRANSLATE_NOOP("Enums", "other")},
}};

const std::array<EnumEntry<MonitoringFrequency>, 5> EnumTable<MonitoringFrequency>::entries {{
    {MonitoringFrequency::None, "none", QT_TRANSLATE_NOOP("Enums", "no monitoring")},
    {MonitoringFrequency::Monthly, "monthly", QT_TRANSLATE_NOOP("Enums", "monthly")},
    {MonitoringFrequency::Quarterly, "quarterly", QT_TRANSLATE_NOOP("Enums", "quarterly")},
    {MonitoringFrequency::HalfYearly, "half_yearly", QT_TRANSLATE_NOOP("Enums", "half-yearly")},
    {MonitoringFrequency::Yearly, "yearly", QT_TRANSLATE_NOOP("Enums", "yearly")},
}};

const std::array<EnumEntry<AgreementStatus>, 4> EnumTable<AgreementStatus>::entries {{
    {AgreementStatus::Draft, "draft", QT_TRANSLATE_NOOP("Enums", "draft")},
    {AgreementStatus::Active, "active", QT_TRANSLATE_NOOP("Enums", "active")},
    {AgreementStatus::Expired, "expired", QT_TRANSLATE_NOOP("Enums", "expired")},
    {AgreementStatus::Ended, "ended", QT_TRANSLATE_NOOP("Enums", "ended")},
}};

const std::array<EnumEntry<Direction>, 2> EnumTable<Direction>::entries {{
    {Direction::Higher, "higher", QT_TRANSLATE_NOOP("Enums", "higher is better")},
    {Direction::Lower, "lower", QT_TRANSLATE_NOOP("Enums", "lower is better")},
}};

const std::array<EnumEntry<EvaluationDecision>, 3> EnumTable<EvaluationDecision>::entries {{
    {EvaluationDecision::Continue, "continue", QT_TRANSLATE_NOOP("Enums", "continue")},
    {EvaluationDecision::Adjust, "adjust", QT_TRANSLATE_NOOP("Enums", "adjust")},
    {EvaluationDecision::Stop, "stop", QT_TRANSLATE_NOOP("Enums", "stop")},
}};

const std::array<EnumEntry<ParticipationKind>, 7> EnumTable<ParticipationKind>::entries {{
    {ParticipationKind::ResidentsEvening, "residents_evening", QT_TRANSLATE_NOOP("Enums", "residents' evening")},
    {ParticipationKind::WardWalk, "ward_walk", QT_TRANSLATE_NOOP("Enums", "ward walk")},
    {ParticipationKind::ConsultationHour, "consultation_hour", QT_TRANSLATE_NOOP("Enums", "consultation hour")},
    {ParticipationKind::OnlinePoll, "online_poll", QT_TRANSLATE_NOOP("Enums", "online poll")},
    {ParticipationKind::Survey, "survey", QT_TRANSLATE_NOOP("Enums", "survey")},
    {ParticipationKind::NeighbourhoodApp, "neighbourhood_app", QT_TRANSLATE_NOOP("Enums", "neighbourhood app")},
    {ParticipationKind::Other, "other", QT_TRANSLATE_NOOP("Enums", "other")},
}};

const std::array<EnumEntry<Channel>, 3> EnumTable<Channel>::entries {{
    {Channel::Physical, "physical", QT_TRANSLATE_NOOP("Enums", "physical")},
    {Channel::Digital, "digital", QT_TRANSLATE_NOOP("Enums", "digital")},
    {Channel::Both, "both", QT_TRANSLATE_NOOP("Enums", "both")},
}};

const std::array<EnumEntry<Severity>, 3> EnumTable<Severity>::entries {{
    {Severity::Low, "low", QT_TRANSLATE_NOOP("Enums", "low")},
    {Severity::Medium, "medium", QT_TRANSLATE_NOOP("Enums", "medium")},
    {Severity::High, "high", QT_TRANSLATE_NOOP("Enums", "high")},
}};

const std::array<EnumEntry<ProgressStatus>, 4> EnumTable<ProgressStatus>::entries {{
    {ProgressStatus::Unknown, "unknown", QT_TRANSLATE_NOOP("Enums", "unknown")},
    {ProgressStatus::OffTrack, "off_track", QT_TRANSLATE_NOOP("Enums", "off track")},
    {ProgressStatus::OnTrack, "on_track", QT_TRANSLATE_NOOP("Enums", "on track")},
    {ProgressStatus::Achieved, "achieved", QT_TRANSLATE_NOOP("Enums", "achieved")},
}};

const std::array<EnumEntry<SignalKind>, 14> EnumTable<SignalKind>::entries {{
    {SignalKind::MovedToHigh, "moved_to_high", QT_TRANSLATE_NOOP("Enums", "moved to high risk")},
    {SignalKind::KeyPerson, "key_person", QT_TRANSLATE_NOOP("Enums", "key person")},
    {SignalKind::RoleWithoutBackup, "role_without_backup", QT_TRANSLATE_NOOP("Enums", "critical role without backup")},
    {SignalKind::FundingEnding, "funding_ending", QT_TRANSLATE_NOOP("Enums", "funding ending")},
    {SignalKind::LeadInactive, "lead_inactive", QT_TRANSLATE_NOOP("Enums", "inactive lead")},
    {SignalKind::EvaluationOverdue, "evaluation_overdue", QT_TRANSLATE_NOOP("Enums", "evaluation overdue")},
    {SignalKind::EvaluationDue, "evaluation_due", QT_TRANSLATE_NOOP("Enums", "evaluation due")},
    {SignalKind::AgreementEnding, "agreement_ending", QT_TRANSLATE_NOOP("Enums", "agreement ending")},
    {SignalKind::AgreementWithoutMe, "agreement_without_me",
     QT_TRANSLATE_NOOP("Enums", "agreement without monitoring and evaluation")},
    {SignalKind::FrameworkOutdated, "framework_outdated", QT_TRANSLATE_NOOP("Enums", "outdated policy framework")},
    {SignalKind::FollowUpOverdue, "follow_up_overdue", QT_TRANSLATE_NOOP("Enums", "follow-up overdue")},
    {SignalKind::SupportGap, "support_gap", QT_TRANSLATE_NOOP("Enums", "gap in the support map")},
    {SignalKind::KpiOffTrack, "kpi_off_track", QT_TRANSLATE_NOOP("Enums", "KPI off track")},
    {SignalKind::ConsentEnded, "consent_ended", QT_TRANSLATE_NOOP("Enums", "consent withdrawn or expired")},
}};
