namespace Fulfilment.Web.Api;

/// <summary>Results of service calls as HTTP answers: the value on success, problem details otherwise.</summary>
public static class ApiResults
{
    public static IResult Ok<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Problem.ToResult();

    public static IResult Ok<T, TOut>(this Result<T> result, Func<T, TOut> map) =>
        result.IsSuccess ? TypedResults.Ok(map(result.Value)) : result.Problem.ToResult();

    public static IResult Created<T>(this Result<T> result, Func<T, string> location) =>
        result.IsSuccess ? TypedResults.Created(location(result.Value), result.Value) : result.Problem.ToResult();

    public static IResult Created<T, TOut>(this Result<T> result, Func<T, string> location, Func<T, TOut> map) =>
        result.IsSuccess ? TypedResults.Created(location(result.Value), map(result.Value)) : result.Problem.ToResult();

    public static IResult NoContent(this Result<Done> result) =>
        result.IsSuccess ? TypedResults.NoContent() : result.Problem.ToResult();
}
