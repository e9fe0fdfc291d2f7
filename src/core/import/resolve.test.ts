import { describe, expect, it } from 'vitest';
import type { CfnTemplate } from '../rules/types';
import { Resolver, splitSym } from './resolve';

const template: CfnTemplate = {
  Parameters: {
    Stage: { Type: 'String', Default: 'prod' },
    Zone: { Type: 'String' },
    Names: { Type: 'CommaDelimitedList', Default: 'a.example.com, b.example.com' },
  },
  Conditions: {
    IsProd: { 'Fn::Equals': [{ Ref: 'Stage' }, 'prod'] },
    NotProd: { 'Fn::Not': [{ Condition: 'IsProd' }] },
    Both: { 'Fn::And': [{ Condition: 'IsProd' }, { Condition: 'NotProd' }] },
    Unknowable: { 'Fn::Equals': [{ Ref: 'Zone' }, 'Z1'] },
    LoopA: { Condition: 'LoopB' },
    LoopB: { Condition: 'LoopA' },
  },
  Mappings: { Hosts: { prod: { Api: 'prod-api.example.com' } } },
  Resources: {
    Api: { Type: 'AWS::ApiGateway::RestApi' },
    ApiStage: { Type: 'AWS::ApiGateway::Stage', Properties: { StageName: { Ref: 'Stage' } } },
    Http: { Type: 'AWS::ApiGatewayV2::Api' },
  },
};
const r = new Resolver(template);

describe('Resolver.sym', () => {
  it('resolves Sub to literal pieces and references', () => {
    expect(r.sym({ 'Fn::Sub': '${Api}.execute-api.${AWS::Region}.${AWS::URLSuffix}' })).toEqual({
      known: true,
      value: [{ ref: 'Api' }, '.execute-api.', { ref: 'AWS::Region' }, '.amazonaws.com'],
    });
  });
  it('resolves CDK-style Join arrays the same way', () => {
    const join = { 'Fn::Join': ['', [{ Ref: 'Api' }, '.execute-api.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }]] };
    expect(r.sym(join)).toEqual(r.sym({ 'Fn::Sub': '${Api}.execute-api.${AWS::Region}.amazonaws.com' }));
  });
  it('uses the Region when the caller knows it', () => {
    expect(new Resolver(template, { region: 'eu-west-1' }).literal({ 'Fn::Sub': 'x.${AWS::Region}' })).toEqual({ known: true, value: 'x.eu-west-1' });
  });
  it('reads a Stage resource Ref as its stage name, and parameters by Default', () => {
    expect(r.literal({ 'Fn::Sub': '/${ApiStage}' })).toEqual({ known: true, value: '/prod' });
    expect(r.literal({ 'Fn::Sub': ['/${S}', { S: { Ref: 'Stage' } }] })).toEqual({ known: true, value: '/prod' });
    expect(r.literal({ 'Fn::Sub': '${!Literal}' })).toEqual({ known: true, value: '${Literal}' });
  });
  it('selects a piece of a split HTTP API endpoint', () => {
    const host = { 'Fn::Select': [2, { 'Fn::Split': ['/', { 'Fn::GetAtt': ['Http', 'ApiEndpoint'] }] }] };
    expect(r.sym(host)).toEqual({ known: true, value: [{ ref: 'Http' }, '.execute-api.', { ref: 'AWS::Region' }, '.amazonaws.com'] });
  });
  it('evaluates conditions and FindInMap', () => {
    expect(r.literal({ 'Fn::If': ['IsProd', 'yes', 'no'] })).toEqual({ known: true, value: 'yes' });
    expect(r.literal({ 'Fn::If': ['NotProd', 'yes', 'no'] })).toEqual({ known: true, value: 'no' });
    expect(r.condition('Both')).toEqual({ known: true, value: false });
    expect(r.literal({ 'Fn::FindInMap': ['Hosts', { Ref: 'Stage' }, 'Api'] })).toEqual({ known: true, value: 'prod-api.example.com' });
  });
  it('reports what cannot be known, with the reason', () => {
    expect(r.literal({ Ref: 'Zone' })).toEqual({ known: false, reason: 'parameter Zone has no Default' });
    expect(r.literal({ 'Fn::ImportValue': 'x' })).toMatchObject({ known: false, reason: expect.stringMatching(/ImportValue/) });
    expect(r.literal({ 'Fn::If': ['Unknowable', 'a', 'b'] })).toMatchObject({ known: false });
    expect(r.literal({ 'Fn::If': ['Missing', 'a', 'b'] })).toMatchObject({ known: false, reason: expect.stringMatching(/not defined/) });
    expect(r.literal({ Ref: 'Api' })).toMatchObject({ known: false, reason: expect.stringMatching(/after deploying/) });
  });
  it('stops on circular conditions and records dangling references', () => {
    expect(r.condition('LoopA')).toMatchObject({ known: false, reason: expect.stringMatching(/circle|deeply/) });
    const fresh = new Resolver(template);
    expect(fresh.literal({ Ref: 'Ghost' })).toMatchObject({ known: false });
    expect([...fresh.danglingRefs]).toEqual(['Ghost']);
  });
  it('a Ref that leads back to itself ends as unknown, not a stack overflow', () => {
    const loop = new Resolver({ Resources: { S: { Type: 'AWS::ApiGateway::Stage', Properties: { StageName: { 'Fn::Sub': '${S}-x' } } } } });
    expect(loop.literal({ Ref: 'S' })).toMatchObject({ known: false, reason: expect.stringMatching(/circular/) });
  });

  it('reads lists: CommaDelimitedList defaults and Split', () => {
    expect(r.list({ Ref: 'Names' })).toEqual({ known: true, value: [['a.example.com'], ['b.example.com']] });
    expect(splitSym(['a/', { ref: 'X' }, '/b'], '/')).toEqual([['a'], [{ ref: 'X' }], ['b']]);
  });
  it('converts numbers and booleans given as strings', () => {
    expect(r.number('30')).toEqual({ known: true, value: 30 });
    expect(r.boolean('true')).toEqual({ known: true, value: true });
    expect(r.number('abc').known).toBe(false);
  });
});
