import { describe, expect, it } from 'vitest';
import type { CfnTemplate } from '../rules/types';
import { readApi, readRoutes } from './api-resources';
import { Resolver } from './resolve';

const resolver = (resources: CfnTemplate['Resources']) => new Resolver({ Resources: resources });

describe('readRoutes', () => {
  it('walks a REST Resource/Method tree', () => {
    const r = resolver({
      Api: { Type: 'AWS::ApiGateway::RestApi' },
      Users: { Type: 'AWS::ApiGateway::Resource', Properties: { RestApiId: { Ref: 'Api' }, ParentId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] }, PathPart: 'users' } },
      User: { Type: 'AWS::ApiGateway::Resource', Properties: { RestApiId: { Ref: 'Api' }, ParentId: { Ref: 'Users' }, PathPart: '{id}' } },
      ListUsers: { Type: 'AWS::ApiGateway::Method', Properties: { RestApiId: { Ref: 'Api' }, ResourceId: { Ref: 'Users' }, HttpMethod: 'GET' } },
      GetUser: { Type: 'AWS::ApiGateway::Method', Properties: { RestApiId: { Ref: 'Api' }, ResourceId: { Ref: 'User' }, HttpMethod: 'ANY' } },
    });
    expect(readRoutes(r, 'Api')).toEqual([
      { method: 'GET', path: '/users' },
      { method: 'ANY', path: '/users/{id}' },
    ]);
  });

  it('reads HTTP API route keys; $default is a catch-all ANY route', () => {
    const routes = { Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: { Ref: 'Http' }, RouteKey: 'POST /orders' } };
    expect(readRoutes(resolver({ Http: { Type: 'AWS::ApiGatewayV2::Api' }, R: routes }), 'Http')).toEqual([{ method: 'POST', path: '/orders' }]);
    const catchAll = { Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: { Ref: 'Http' }, RouteKey: '$default' } };
    expect(readRoutes(resolver({ Http: { Type: 'AWS::ApiGatewayV2::Api' }, R: routes, D: catchAll }), 'Http')).toEqual([
      { method: 'ANY', path: '$default' },
      { method: 'POST', path: '/orders' },
    ]);
    // Quick create (Target) makes exactly that one route.
    expect(readRoutes(resolver({ Http: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Target: 'arn:aws:lambda:x' } } }), 'Http')).toEqual([{ method: 'ANY', path: '$default' }]);
  });

  it('reads SAM events and inline OpenAPI bodies; an external definition is unknown', () => {
    const fn = { Type: 'AWS::Serverless::Function', Properties: { Events: { A: { Type: 'Api', Properties: { RestApiId: { Ref: 'Api' }, Path: '/x', Method: 'get' } } } } };
    expect(readRoutes(resolver({ Api: { Type: 'AWS::Serverless::Api' }, Fn: fn }), 'Api')).toEqual([{ method: 'GET', path: '/x' }]);
    const body = { paths: { '/y': { post: {}, 'x-amazon-apigateway-any-method': {} } } };
    expect(readRoutes(resolver({ Api: { Type: 'AWS::Serverless::Api', Properties: { DefinitionBody: body } } }), 'Api')).toEqual([
      { method: 'ANY', path: '/y' },
      { method: 'POST', path: '/y' },
    ]);
    expect(readRoutes(resolver({ Api: { Type: 'AWS::Serverless::Api', Properties: { DefinitionUri: 's3://b/api.yaml' } }, Fn: fn }), 'Api')).toEqual([]);
  });
});

describe('readApi', () => {
  it('REST API without EndpointConfiguration is edge-optimized (fact 144); IAM methods mean iam auth', () => {
    const facts = readApi(
      resolver({
        Api: { Type: 'AWS::ApiGateway::RestApi' },
        S: { Type: 'AWS::ApiGateway::Stage', Properties: { RestApiId: { Ref: 'Api' }, StageName: 'beta' } },
        M: { Type: 'AWS::ApiGateway::Method', Properties: { RestApiId: { Ref: 'Api' }, HttpMethod: 'GET', AuthorizationType: 'AWS_IAM' } },
      }),
      'Api',
      undefined,
    );
    expect(facts).toMatchObject({ kind: 'rest', endpoint: 'edge', stage: 'beta', auth: 'iam', unknown: [] });
  });

  it('picks the stage the origin path names when there are several', () => {
    const r = resolver({
      Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { ProtocolType: 'HTTP', CorsConfiguration: {} } },
      A: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: { Ref: 'Api' }, StageName: 'dev' } },
      B: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: { Ref: 'Api' }, StageName: 'live' } },
      J: { Type: 'AWS::ApiGatewayV2::Authorizer', Properties: { ApiId: { Ref: 'Api' }, AuthorizerType: 'JWT' } },
    });
    expect(readApi(r, 'Api', '/live')).toMatchObject({ kind: 'http', stage: 'live', cors: true, auth: 'jwt' });
  });

  it('an API the template only refers to gets guessed fields marked unknown', () => {
    expect(readApi(resolver({}), 'ApiGatewayRestApi', '/dev')).toMatchObject({ kind: 'rest', stage: 'dev', unknown: expect.arrayContaining(['endpoint', 'auth', 'cors']) });
  });
});
