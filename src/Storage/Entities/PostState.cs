namespace Syndicator.Storage.Entities;

public enum PostState
{
    Draft = 0,
    PendingApproval = 1,
    Approved = 2,
    Published = 3,
    PartiallyPublished = 4,
    Failed = 5,
    Rejected = 6,
    Withdrawn = 7,
}
