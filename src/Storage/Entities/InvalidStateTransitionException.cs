namespace Syndicator.Storage.Entities;

/// <summary>A state change that the workflow does not allow from the current state.</summary>
public sealed class InvalidStateTransitionException(string entity, object from, string action)
    : InvalidOperationException($"{entity} in state {from} cannot be {action}.")
{
    public object From { get; } = from;
}
