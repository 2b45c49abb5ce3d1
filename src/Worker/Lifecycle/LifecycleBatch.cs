namespace Syndicator.Worker.Lifecycle;

/// <summary>The body of a lifecycle webhook POST: <c>{ subscriber, events: [...] }</c>, oldest first.</summary>
public sealed record LifecycleBatch(string Subscriber, IReadOnlyList<LifecycleEvent> Events);
