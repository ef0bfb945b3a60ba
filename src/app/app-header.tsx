export function AppHeader() {
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <h1>
          Oppositions <span className="app-header__years">1907–1937</span>
        </h1>
        <p className="app-header__tagline">
          Dissent inside the Bolshevik party, from the Left Communists to the Workers' Group, told through one
          source text.
        </p>
      </div>
    </header>
  );
}
