namespace Syndicator.Worker.Reports;

/// <summary>A delivery that ended Dead in the period, with the reason the channel gave.</summary>
public sealed record DeliveryFailure(Guid DeliveryId, string Channel, string PostTitle, DateTimeOffset At, int Attempts, string Reason);
