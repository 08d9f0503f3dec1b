namespace Fulfilment.Data;

/// <summary>
/// What a unique index that refused a write means to the person who sent it: the field whose value is taken. The
/// services check first and say the same; this answers the racing twin that slipped past the check.
/// </summary>
internal static class UniqueConstraints
{
    public static Problem ProblemFor(string? constraint) => constraint switch
    {
        "ix_logistics_channels_code" => ChannelDuplicates.Code(),
        "ix_logistics_channels_service_indicator" => ChannelDuplicates.ServiceIndicator(),
        "ux_logistics_channels_name_ci" => ChannelDuplicates.Name(),
        _ => Problem.Duplicate(Text.Get("This already exists.")),
    };
}
