using System.Text.Json.Serialization;

namespace Fulfilment.Web.Api;

/// <summary>
/// What every API endpoint checks before its handler runs, once for all of them (an endpoint filter on the
/// <c>/api</c> group; enum query parameters are read by <see cref="UseEnumQueryNames"/>), so a bad value is a <c>400 validation_failed</c> naming the field and never reaches the service:
/// <list type="bullet">
/// <item>text anywhere in the request (body fields at any depth, route values, query parameters) holding the NUL
/// character, which PostgreSQL cannot store;</item>
/// <item><c>page</c> and <c>pageSize</c> outside 1…100000 and 1…200.</item>
/// </list>
/// </summary>
internal static class ApiInput
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string Name)[]> Properties = new();

    public static TBuilder CheckInput<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory(Create);

    /// <summary>The type of the handler parameter <paramref name="name"/>, to say what a value that did not bind should be.</summary>
    public static Type? ParameterType(Endpoint? endpoint, string name) =>
        endpoint?.Metadata.GetMetadata<MethodInfo>()?.GetParameters().FirstOrDefault(p => p.Name == name)?.ParameterType;

    /// <summary>What a query or route value of <paramref name="type"/> must look like, in the reader's words.</summary>
    public static string Expected(Type? type) =>
        (Nullable.GetUnderlyingType(type ?? typeof(object)) ?? type) is { IsEnum: true } enumType
            ? EnumNames.Choices(enumType)
            : Text.Get("This value could not be read: check its type and format.");

    private static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var isService = context.ApplicationServices.GetService<IServiceProviderIsService>();
        var checks = context.MethodInfo.GetParameters()
            .Select((parameter, index) => (Parameter: parameter, Index: index, Kind: KindOf(parameter, isService)))
            .Where(c => c.Kind != Kind.None)
            .ToArray();
        if (checks.Length == 0)
        {
            return next;
        }

        return async invocation =>
        {
            var errors = new Dictionary<string, string[]>();
            foreach (var (parameter, index, kind) in checks)
            {
                var name = parameter.Name!;
                var value = invocation.Arguments[index];
                switch (kind)
                {
                    case Kind.Text when value is string text && !Validation.IsStorable(text):
                        errors[name] = [Validation.NotStorableMessage()];
                        break;
                    case Kind.Page when value is int page && page is < 1 or > PageRequest.MaxPage:
                        errors[name] = [Text.Format("Enter a page number from 1 to {0}.", PageRequest.MaxPage)];
                        break;
                    case Kind.PageSize when value is int size && size is < 1 or > PageRequest.MaxSize:
                        errors[name] = [Text.Format("Enter a page size from 1 to {0}.", PageRequest.MaxSize)];
                        break;
                    case Kind.Body when value is not null:
                        Walk(value, "", errors, depth: 0);
                        break;
                }
            }

            return errors.Count > 0 ? Problem.Validation(errors).ToResult() : await next(invocation);
        };
    }

    private enum Kind
    {
        None,
        Text,
        Page,
        PageSize,
        Body,
    }

    private static Kind KindOf(ParameterInfo parameter, IServiceProviderIsService? isService)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (parameter.GetCustomAttribute<FromServicesAttribute>() is not null || isService?.IsService(parameter.ParameterType) == true)
        {
            return Kind.None;
        }

        return type switch
        {
            _ when type == typeof(string) => Kind.Text,
            _ when type == typeof(int) && parameter.Name == "page" => Kind.Page,
            _ when type == typeof(int) && parameter.Name == "pageSize" => Kind.PageSize,
            _ when IsRequestType(type) => Kind.Body,
            _ => Kind.None,
        };
    }

    /// <summary>
    /// Enum query parameters (<c>status</c>, <c>goodsType</c>…) by name in any case: binding itself would refuse
    /// <c>shipped</c> but take <c>7</c>. Runs after routing, before the endpoint binds: a name is rewritten as the enum
    /// spells it, anything else (a number, an unknown name, a combination, two values) is a 400 listing the names.
    /// </summary>
    public static void UseEnumQueryNames(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var parameters = EnumQueryParameters(context.GetEndpoint());
        if (parameters.Length > 0 && context.Request.QueryString.HasValue)
        {
            var errors = new Dictionary<string, string[]>();
            var rewritten = false;
            var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value, StringComparer.OrdinalIgnoreCase);
            foreach (var (name, enumType) in parameters)
            {
                if (!query.TryGetValue(name, out var values))
                {
                    continue;
                }

                // "?status=" is no filter, as leaving the parameter out is.
                if (values.All(string.IsNullOrEmpty))
                {
                    query.Remove(name);
                    rewritten = true;
                    continue;
                }

                if (values.Count > 1 || !EnumNames.TryParse(enumType, values[0], out var value))
                {
                    errors[name] = [EnumNames.Choices(enumType)];
                    continue;
                }

                var canonical = value!.ToString()!;
                if (canonical != values[0])
                {
                    query[name] = canonical;
                    rewritten = true;
                }
            }

            if (errors.Count > 0)
            {
                await Problem.Validation(errors).ToResult().ExecuteAsync(context);
                return;
            }

            if (rewritten)
            {
                context.Request.QueryString = QueryString.Create(query.SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v))));
            }
        }

        await next();
    });

    private static readonly ConcurrentDictionary<Endpoint, (string Name, Type EnumType)[]> EnumParameters = new();

    private static (string Name, Type EnumType)[] EnumQueryParameters(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<MethodInfo>() is not { } method
            ? []
            : EnumParameters.GetOrAdd(endpoint, _ =>
            [
                .. method.GetParameters()
                    .Select(p => (Parameter: p, Type: Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType))
                    .Where(p => p.Type.IsEnum && p.Parameter.GetCustomAttribute<FromBodyAttribute>() is null)
                    .Select(p => (p.Parameter.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Parameter.Name!, p.Type)),
            ]);

    /// <summary>Request bodies are the app's own records; framework and service types are never walked.</summary>
    private static bool IsRequestType(Type type) =>
        type is { IsClass: true } && type != typeof(string)
        && (type.Assembly == typeof(Problem).Assembly || type.Assembly == typeof(ApiInput).Assembly);

    private static void Walk(object value, string path, Dictionary<string, string[]> errors, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        foreach (var (property, name) in Properties.GetOrAdd(value.GetType(), Readable))
        {
            Visit(property.GetValue(value), path, name, errors, depth);
        }
    }

    /// <summary>Checks the value of field <paramref name="name"/> under <paramref name="path"/>; the path is spelt out only when needed.</summary>
    private static void Visit(object? value, string path, string name, Dictionary<string, string[]> errors, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (!Validation.IsStorable(text))
                {
                    errors[Join(path, name)] = [Validation.NotStorableMessage()];
                }

                return;
            case IEnumerable items when value is not IDictionary:
                var field = Join(path, name);
                var i = 0;
                foreach (var item in items)
                {
                    Visit(item, "", $"{field}[{i++}]", errors, depth + 1);
                }

                return;
            default:
                if (IsRequestType(value.GetType()))
                {
                    Walk(value, Join(path, name), errors, depth + 1);
                }

                return;
        }
    }

    // What JSON can set: properties with a setter (init included), not computed ones such as a normalized copy; each with
    // the name JSON gives it.
    private static (PropertyInfo Property, string Name)[] Readable(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .Select(p => (p, p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name)))];

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
