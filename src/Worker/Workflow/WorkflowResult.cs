namespace Syndicator.Worker.Workflow;

public enum WorkflowResult
{
    Done,
    NotFound,
    /// <summary>The post is not in a state that allows this action.</summary>
    InvalidState,
    /// <summary>Someone else changed the post since the caller read it.</summary>
    Conflict,
    /// <summary>The commune requires a second person to approve.</summary>
    SelfApprovalForbidden,
}
