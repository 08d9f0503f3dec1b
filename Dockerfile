# Build and run the web app. PostgreSQL comes from docker-compose.yml (or any server named by the connection string).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Fulfilment/Fulfilment.csproj src/Fulfilment/
COPY src/Fulfilment.Web/Fulfilment.Web.csproj src/Fulfilment.Web/
RUN dotnet restore src/Fulfilment.Web/Fulfilment.Web.csproj
COPY src/ src/
RUN dotnet publish src/Fulfilment.Web/Fulfilment.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    Fulfilment__LogFormat=json
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "Fulfilment.Web.dll"]
