export function App() {
  return (
    <main>
      <h1>apifront</h1>
      <p>CloudFront in front of API Gateway, without the classic mistakes.</p>
    </main>
  );
}
