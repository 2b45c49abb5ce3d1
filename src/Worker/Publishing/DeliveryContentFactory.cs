using Syndicator.Connectors.Publishing;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Publishing;

/// <summary>Renders a post for the channel of one delivery.</summary>
public interface IDeliveryContentFactory
{
    ChannelContent Render(Post post, Delivery delivery, ChannelAccount account, Commune commune, Theme? theme);
}
