using System.Linq.Expressions;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Web;

public sealed record PostDto(
    Guid Id, Guid CommuneId, string Title, string? Lead, string ThemeKey, string SourceName, string? SourceUrl,
    PostState State, Guid Version, DateTimeOffset CreatedAt, string? DecidedBy, IReadOnlyList<DeliveryDto> Deliveries)
{
    public static readonly Expression<Func<Post, PostDto>> Projection = p => new PostDto(
        p.Id, p.CommuneId, p.Title, p.Lead, p.ThemeKey, p.SourceName, p.SourceUrl, p.State, p.Version, p.CreatedAt, p.DecidedBy,
        p.Deliveries.Select(d => new DeliveryDto(d.Id, d.Channel, d.State, d.DueAt, d.Attempts, d.ExternalId, d.ExternalUrl, d.LastError)).ToList());
}

public sealed record DeliveryDto(
    Guid Id, string Channel, DeliveryState State, DateTimeOffset? DueAt, int Attempts, string? ExternalId, string? ExternalUrl, string? LastError);
