using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>One delivery on the calendar: when it is due or was published, on which channel account.</summary>
public sealed record CalendarEntry(Guid PostId, string Title, string Account, DeliveryState State, DateTimeOffset At);
