using FluentValidation;
using Fulfilment.Common;

namespace Fulfilment.Labels;

/// <summary>Labels of several logistics orders in one PDF, a page per id in the given order.</summary>
public sealed record LabelBatchRequest(IReadOnlyList<long>? LogisticsOrderIds)
{
    public const int MaxLabels = 500;
}

public sealed class LabelBatchRequestValidator : AbstractValidator<LabelBatchRequest>
{
    public LabelBatchRequestValidator() =>
        RuleFor(r => r.LogisticsOrderIds)
            .Must(ids => ids is { Count: > 0 }).WithMessage(_ => Text.Get("Select at least one logistics order."))
            .Must(ids => ids is null || ids.Count <= LabelBatchRequest.MaxLabels).WithMessage(_ => Text.Format("At most {0} labels can be printed at once.", LabelBatchRequest.MaxLabels))
            .Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessage(_ => Text.Get("Each logistics order can appear only once."));
}

/// <summary>A printed label file, ready to send.</summary>
public sealed record LabelFile(byte[] Content, string ContentType, string FileName, int Labels);
