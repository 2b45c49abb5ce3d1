using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>A delivery that needs ops' attention.</summary>
public sealed record OpsDelivery(
    Guid Id, Guid PostId, string Title, string Channel, Guid ChannelAccountId, DeliveryState State, DateTimeOffset? DueAt, int Attempts, string? LastError);
